/**
 * The page's side of a project's database: the data panel (app/data-panel.ts) wired to the
 * project's host page, links that carry data ("Share with data"), and loading a link's data
 * into the new project it opened.
 */
import { DataPanel } from "./data-panel.ts";
import type { HostLink } from "./host-link.ts";
import type { Preview } from "./preview.ts";
import { decodeData, encodeData } from "./share-data.ts";
import { encodeShare } from "./share.ts";
import type { DatabaseStatus } from "../worker/db/protocol.ts";

/**
 * Creates the data tools of the preview pane.
 *
 * @example
 * const data = setupDataTools(host, preview, () => editor.getValue());
 * host listener: database: (status) => data.update(status)
 */
export function setupDataTools(host: HostLink, preview: Preview, source: () => string): DataTools {
  return new DataTools(host, preview, source);
}

/** The data tools of one project. */
export class DataTools {
  readonly panel: DataPanel;
  /** The app label of the data a link carries, for the new database's tables (see Build.appLabel). */
  linkLabel: string | undefined;
  private linkDump: { ok: true; dump: unknown } | { ok: false; error: string } | null = null;

  constructor(
    private readonly host: HostLink,
    private readonly preview: Preview,
    source: () => string,
  ) {
    const pane = document.querySelector<HTMLElement>(".preview-pane .frame")!;
    const bar = document.querySelector<HTMLElement>(".preview-pane .addressbar")!;
    this.panel = new DataPanel(pane, bar, (request) => host.data(request), {
      shareWithData: (dump) => {
        const encoded = encodeData(dump);
        if (!encoded.ok) return { ok: false, message: encoded.message };
        return { ok: true, link: `${location.origin}/${location.search}#${encodeShare(source())}&data=${encoded.param}` };
      },
      reloadPreview: () => void preview.show(),
      openPath: (path) => void preview.show(path, true),
    });
  }

  /** Shows what the runner said of the database after a load. */
  update(status: DatabaseStatus): void {
    this.panel.update(status);
  }

  /**
   * Reads the data a link carries (`data=`), before the first build, so the new database gets
   * the tables' label the data was made with.
   */
  readLink(param: string): void {
    this.linkDump = decodeData(param);
    const label = this.linkDump.ok ? (this.linkDump.dump as { label?: unknown } | null)?.label : undefined;
    if (typeof label === "string" && /^[a-z_][a-z0-9_]*$/i.test(label)) this.linkLabel = label;
  }

  /**
   * Loads the rows of the link read by {@link readLink} into the project's fresh database and
   * shows the preview again. Returns an error message for the page to show, or null.
   */
  async loadFromLink(): Promise<string | null> {
    const data = this.linkDump;
    this.linkDump = null;
    if (!data) return null;
    if (!data.ok) return data.error;
    try {
      const { skipped } = await this.host.data({ op: "load", dump: data.dump });
      await this.preview.show();
      return skipped.length ? `Some of the link's data does not fit this code and was left out: ${skipped.join(", ")}.` : null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }
}
