/**
 * The data panel's "Create superuser" form: the sandbox's `onefile createsuperuser`. The runner
 * checks the input as Django's command does (core/auth/create-superuser.ts); the form shows each
 * problem beside its field and, when only the password validators object, offers to use the
 * password anyway, as Django's prompt "Bypass password validation and create user anyway?" does.
 */
import type { DataRequest, SuperuserResult } from "../worker/db/protocol.ts";

type CreateRequest = Extract<DataRequest, { op: "create-superuser" }>;
type Created = Extract<SuperuserResult, { ok: true }>;

/**
 * The form, hidden until {@link SuperuserForm.toggle} shows it.
 *
 * @example
 * const form = new SuperuserForm((request) => client(request), async ({ username }) => `Superuser ${username} created.`);
 * panel.append(form.element);
 */
export class SuperuserForm {
  readonly element = document.createElement("form");
  private readonly bypass = document.createElement("label");
  private readonly bypassBox = document.createElement("input");

  constructor(
    /** Sends the request to the runner. */
    private readonly create: (request: CreateRequest) => Promise<SuperuserResult>,
    /** Called with the new account; returns the panel's message. */
    private readonly created: (made: Created) => Promise<string>,
  ) {
    const form = this.element;
    form.className = "data-superuser";
    form.hidden = true;
    form.noValidate = true; // The runner's messages (Django's) say what is wrong, beside each field.
    form.dataset["testid"] = "superuser-form";
    this.bypassBox.type = "checkbox";
    this.bypassBox.name = "bypass";
    this.bypass.className = "bypass";
    this.bypass.hidden = true;
    this.bypass.append(this.bypassBox, " Use this password anyway");
    const submit = document.createElement("button");
    submit.type = "submit";
    submit.className = "primary";
    submit.textContent = "Create";
    form.append(field("username", "Username", "text", "username"), field("email", "Email (optional)", "email", "off"), field("password", "Password", "password", "new-password"), submit, this.bypass);
    // A changed password must pass the validators again before it can be forced.
    form.querySelector("input[name=password]")?.addEventListener("input", () => this.offerBypass(false));
  }

  /** Shows or hides the form; shown, it has the focus. */
  toggle(): void {
    this.element.hidden = !this.element.hidden;
    if (!this.element.hidden) this.element.querySelector("input")?.focus();
  }

  /**
   * Sends the form. Resolves with the panel's message once the account exists, or with "" when
   * the form shows what to fix.
   */
  async submit(): Promise<string> {
    const data = new FormData(this.element);
    const result = await this.create({
      op: "create-superuser",
      username: String(data.get("username") ?? ""),
      email: String(data.get("email") ?? ""),
      password: String(data.get("password") ?? ""),
      bypassPasswordValidation: this.bypassBox.checked && !this.bypass.hidden,
    });
    this.showErrors(result.ok ? {} : result.errors);
    if (!result.ok) {
      this.offerBypass(result.canBypass);
      this.element.querySelector<HTMLInputElement>("[aria-invalid=true]")?.focus();
      return "";
    }
    this.element.reset();
    this.offerBypass(false);
    this.element.hidden = true;
    return this.created(result);
  }

  private offerBypass(offer: boolean): void {
    this.bypass.hidden = !offer;
    if (!offer) this.bypassBox.checked = false;
  }

  /** Puts each field's messages under it (and clears the others). */
  private showErrors(errors: Record<string, readonly string[]>): void {
    for (const input of this.element.querySelectorAll<HTMLInputElement>("input[type=text], input[type=email], input[type=password]")) {
      const messages = errors[input.name] ?? [];
      const note = input.nextElementSibling as HTMLElement;
      note.textContent = messages.join(" ");
      input.setAttribute("aria-invalid", String(messages.length > 0));
    }
    const others = Object.entries(errors).filter(([name]) => !["username", "email", "password"].includes(name));
    const general = this.element.querySelector<HTMLElement>(".errors") ?? this.element.appendChild(Object.assign(document.createElement("p"), { className: "errors" }));
    general.textContent = others.flatMap(([, messages]) => messages).join(" ");
  }
}

/** A labelled input with a place for its errors, which the input names for screen readers. */
function field(name: string, label: string, type: string, autocomplete: string): HTMLDivElement {
  const wrapper = document.createElement("div");
  wrapper.className = "field";
  const caption = document.createElement("label");
  caption.textContent = label;
  caption.htmlFor = `superuser-${name}`;
  const input = document.createElement("input");
  Object.assign(input, { name, type, autocomplete, id: `superuser-${name}` });
  const note = document.createElement("small");
  note.className = "field-error";
  note.id = `superuser-${name}-error`;
  input.setAttribute("aria-describedby", note.id);
  wrapper.append(caption, input, note);
  return wrapper;
}
