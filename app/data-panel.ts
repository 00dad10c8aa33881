/**
 * The data tools of a project with models, in the preview pane: a "Data" button in the
 * address bar opens a panel with the tables and their rows, "Download db.sqlite3", "Open a
 * db.sqlite3", "Create superuser", "Share with data" and "Reset data". Above the preview, a
 * notice lists schema changes that could lose data, with the button that applies them, and a
 * database that cannot be read gets a message with "Reset data" as the way out.
 *
 * The panel never touches the data itself: every action is a request to the project's runner
 * (worker/db/protocol.ts), which the editor sends through the preview's host page.
 */
import "./data-panel.css";
import type { DataRequest, DataResults, DatabaseStatus } from "../worker/db/protocol.ts";
import type { TablePage } from "../worker/db/data-tools.ts";
import { SuperuserForm } from "./superuser-form.ts";

/** Sends a data request to the project's runner. */
export type DataClient = <R extends DataRequest>(request: R) => Promise<DataResults[R["op"]]>;

/** What the panel needs from the page besides the runner. */
export interface DataPanelHost {
  /** A share link for the current code that also carries `dump`, or a message saying why not. */
  shareWithData(dump: DataResults["dump"]): { ok: true; link: string } | { ok: false; message: string };
  /** Reloads the preview after the data changed under it. */
  reloadPreview(): void;
  /** Shows a path of the project in the preview (the admin, after "Create superuser"). */
  openPath(path: string): void;
}

/**
 * The data tools of the project shown in the preview.
 *
 * @example
 * const panel = new DataPanel(previewPane, addressBar, (request) => host.data(request), pageHost);
 * panel.update(status); // after each load
 */
export class DataPanel {
  private readonly button = element("button", { type: "button", className: "data-button", title: "The project's data", textContent: "Data" });
  private readonly panel = element("section", { className: "data-panel", hidden: true });
  private readonly notice = element("div", { className: "data-notice", hidden: true });
  private readonly message = element("p", { className: "data-message", role: "status" });
  private readonly tableList = element("ul", { className: "data-tables" });
  private readonly grid = element("div", { className: "data-grid" });
  private readonly superuser = new SuperuserForm(
    (request) => this.client(request),
    (made) => this.superuserCreated(made),
  );
  private readonly superuserButton = this.action("Create superuser", "data-superuser", async () => (this.superuser.toggle(), ""));
  private status: DatabaseStatus = { models: false, applied: [], pending: [] };
  private readonly frame: HTMLElement;

  constructor(
    preview: HTMLElement,
    addressBar: HTMLElement,
    private readonly client: DataClient,
    private readonly host: DataPanelHost,
  ) {
    this.button.dataset["testid"] = "data";
    this.button.hidden = true;
    this.button.setAttribute("aria-expanded", "false");
    this.button.addEventListener("click", () => (this.panel.hidden ? void this.open() : this.close()));
    addressBar.append(this.button);
    this.panel.dataset["testid"] = "data-panel";
    this.notice.dataset["testid"] = "schema-changes";
    this.message.dataset["testid"] = "data-message";
    this.grid.dataset["testid"] = "data-table";
    this.buildPanel();
    preview.prepend(this.notice);
    preview.append(this.panel);
    this.frame = preview;
  }

  /** Shows what the runner says of the database after a load or a data tool. */
  update(status: DatabaseStatus): void {
    this.status = status;
    this.button.hidden = !status.models;
    if (!status.models) this.close();
    // Only an app that uses auth (or the admin) has users; one with none is offered the form.
    this.superuserButton.hidden = status.users === undefined;
    this.superuserButton.classList.toggle("primary", status.users === 0);
    this.superuserButton.title = status.users === 0 ? "No users yet: create one to log in to the admin" : "";
    this.renderNotice();
  }

  /** Opens the panel and lists the tables. */
  async open(): Promise<void> {
    // The notice moves into the panel, which covers the preview, so it stays in view.
    this.panel.querySelector(".data-actions")?.after(this.notice);
    this.panel.hidden = false;
    this.button.setAttribute("aria-expanded", "true");
    await this.refresh();
  }

  close(): void {
    this.frame.prepend(this.notice);
    this.panel.hidden = true;
    this.button.setAttribute("aria-expanded", "false");
  }

  private buildPanel(): void {
    const close = element("button", { type: "button", className: "data-close", title: "Close", textContent: "×" });
    close.setAttribute("aria-label", "Close the data tools");
    close.addEventListener("click", () => this.close());
    const head = element("header", {}, [element("h2", { textContent: "Data" }), element("span", { className: "data-where", textContent: "db.sqlite3, kept in this browser" }), close]);
    const file = element("input", { type: "file", accept: ".sqlite3,.sqlite,.db,application/vnd.sqlite3,application/x-sqlite3", hidden: true });
    file.dataset["testid"] = "data-open-file";
    file.addEventListener("change", () => void this.openFile(file));
    const actions = element("div", { className: "data-actions" }, [
      this.action("Download db.sqlite3", "data-download", () => this.download()),
      this.action("Open a db.sqlite3…", "data-open", async () => (file.click(), "")),
      this.action("Share with data", "data-share", () => this.share()),
      this.superuserButton,
      this.action("Reset data", "data-reset", () => this.reset(), "danger"),
      file,
    ]);
    this.superuser.element.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.run(() => this.superuser.submit());
    });
    const body = element("div", { className: "data-body" }, [this.tableList, this.grid]);
    this.panel.append(head, actions, this.superuser.element, this.message, body);
  }

  /** Says the account exists, with a button to the admin's login page when the app mounts one. */
  private async superuserCreated({ username, adminPath }: { username: string; adminPath: string | null }): Promise<string> {
    this.update({ ...this.status, users: (this.status.users ?? 0) + 1 });
    await this.refresh();
    if (!adminPath) return `Superuser ${username} created. Mount the admin (path("admin/", app.admin.urls)) to log in with it.`;
    const open = this.action("Open the admin", "data-open-admin", async () => (this.close(), this.host.openPath(adminPath), ""));
    this.message.replaceChildren(`Superuser ${username} created: log in at ${adminPath}. `, open);
    return "";
  }

  private async refresh(selected?: string): Promise<void> {
    await this.run(async () => {
      const tables = await this.client({ op: "tables" });
      this.tableList.replaceChildren(
        ...tables.map(({ name, rows }) => {
          const item = this.action(name, "", () => this.showTable(name, 0));
          item.append(element("span", { className: "count", textContent: String(rows) }));
          item.dataset["table"] = name;
          return element("li", {}, [item]);
        }),
      );
      if (tables.length === 0) this.tableList.replaceChildren(element("li", { className: "empty", textContent: "No tables yet." }));
      const show = selected ?? this.grid.dataset["showing"] ?? tables[0]?.name;
      if (show && tables.some((t) => t.name === show)) await this.showTable(show, Number(this.grid.dataset["showingOffset"] ?? 0));
      else this.grid.replaceChildren();
      return "";
    });
  }

  private async showTable(table: string, offset: number): Promise<string> {
    const page = await this.client({ op: "rows", table, offset });
    for (const item of this.tableList.querySelectorAll<HTMLElement>("[data-table]")) item.classList.toggle("selected", item.dataset["table"] === table);
    this.grid.dataset["showing"] = table;
    this.grid.dataset["showingOffset"] = String(offset);
    this.grid.replaceChildren(renderPage(page, (next) => void this.run(() => this.showTable(table, next))));
    return "";
  }

  private async download(): Promise<string> {
    const bytes = await this.client({ op: "download" });
    const url = URL.createObjectURL(new Blob([bytes], { type: "application/vnd.sqlite3" }));
    const link = element("a", { href: url, download: "db.sqlite3" });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return `Downloaded db.sqlite3 (${formatBytes(bytes.byteLength)}). Run it on Node beside the file: npx onefile runserver app.ts`;
  }

  private async openFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    await this.run(async () => {
      const status = await this.client({ op: "open", bytes: await file.arrayBuffer() });
      this.update(status);
      this.host.reloadPreview();
      await this.refresh();
      return `Opened ${file.name}: it replaced this project's data.`;
    });
  }

  private async share(): Promise<string> {
    const result = this.host.shareWithData(await this.client({ op: "dump" }));
    if (!result.ok) throw new Error(result.message);
    const copied = await navigator.clipboard?.writeText(result.link).then(() => true, () => false);
    // The link also shows, selected, so it can be copied by hand where the clipboard is refused.
    const field = element("input", { className: "data-link", readOnly: true, value: result.link });
    field.dataset["testid"] = "data-link";
    field.setAttribute("aria-label", "Link with this code and data");
    this.message.replaceChildren(document.createTextNode(copied ? "Link copied. It opens this code with this data, in a new project:" : "Copy this link. It opens this code with this data, in a new project:"), field);
    field.select();
    return "";
  }

  private async reset(): Promise<string> {
    if (!confirm("Delete all of this project's data? The tables are created again, empty.")) return "";
    this.update(await this.client({ op: "reset" }));
    this.host.reloadPreview();
    await this.refresh();
    return "The data was reset.";
  }

  private renderNotice(): void {
    const { error, pending } = this.status;
    this.notice.replaceChildren();
    this.notice.hidden = !error && pending.length === 0;
    this.notice.classList.toggle("error", Boolean(error));
    if (error) {
      this.notice.append(
        element("p", {}, [element("strong", { textContent: "This project's saved data cannot be read. " }), document.createTextNode(error)]),
        this.action("Reset data", "data-error-reset", () => this.reset(), "danger"),
      );
      return;
    }
    if (pending.length === 0) return;
    const list = element("ul", {}, pending.map(({ description, reason }) => element("li", { textContent: `${description}: ${reason}.` })));
    const apply = this.action(pending.length === 1 ? "Apply this change" : "Apply these changes", "apply-schema", async () => {
      this.update(await this.client({ op: "apply-schema" }));
      this.host.reloadPreview();
      if (!this.panel.hidden) await this.refresh();
      return "";
    }, "danger");
    // The button comes before the list, so it stays in view when a long list scrolls.
    this.notice.append(element("p", {}, [element("strong", { textContent: "The models changed in a way that could lose data." }), document.createTextNode(" Not applied yet: the data is kept until you apply it.")]), apply, list);
  }

  /** A button that runs `task` through {@link run}. */
  private action(label: string, testid: string, task: () => Promise<string>, kind = ""): HTMLButtonElement {
    const button = element("button", { type: "button", textContent: label, className: kind });
    if (testid) button.dataset["testid"] = testid;
    button.addEventListener("click", () => void this.run(task));
    return button;
  }

  /** Runs an action, showing its message, or its error, in the panel. */
  private async run(task: () => Promise<string>): Promise<void> {
    this.message.classList.remove("error");
    try {
      const text = await task();
      if (text) this.message.textContent = text;
    } catch (error) {
      this.message.textContent = error instanceof Error ? error.message : String(error);
      this.message.classList.add("error");
      if (this.panel.hidden) void this.open();
    }
  }
}

function renderPage(page: TablePage, go: (offset: number) => void): HTMLElement {
  const head = element("tr", {}, page.columns.map((column) => element("th", { textContent: column })));
  const rows = page.rows.map((row) => element("tr", {}, row.map((value) => element("td", { textContent: formatValue(value), title: formatValue(value) }))));
  const table = element("table", {}, [element("thead", {}, [head]), element("tbody", {}, rows)]);
  const last = page.offset + page.rows.length;
  const shown = element("span", { textContent: page.total === 0 ? "No rows." : `Rows ${page.offset + 1}–${last} of ${page.total}` });
  const previous = element("button", { type: "button", textContent: "Previous", disabled: page.offset === 0 });
  const next = element("button", { type: "button", textContent: "Next", disabled: last >= page.total });
  previous.addEventListener("click", () => go(Math.max(0, page.offset - page.limit)));
  next.addEventListener("click", () => go(page.offset + page.limit));
  return element("div", { className: "data-page" }, [element("div", { className: "data-scroll" }, [table]), element("div", { className: "data-pager" }, [shown, previous, next])]);
}

function formatValue(value: unknown): string {
  if (value === null) return "NULL";
  if (typeof value === "object" && value) return "int" in value ? String((value as { int: string }).int) : "(blob)";
  return String(value);
}

function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> & { role?: string } = {}, children: Node[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  const { role, ...rest } = props;
  Object.assign(node, rest);
  if (role) node.setAttribute("role", role);
  node.append(...children);
  return node;
}
