/**
 * Whole-form HTML in Django 5's layouts: `div` (the default, `{{ form }}`),
 * `p`, `ul` and `table`. Labels point at inputs, radio and checkbox groups
 * sit in a `<fieldset>` with a `<legend>`, and help text and errors are tied
 * to the input with `aria-describedby`.
 *
 * @module
 */
import type { BoundField } from "./bound-field.ts";
import { ErrorList, ValidationError } from "./errors.ts";
import type { BaseForm } from "./form.ts";
import { escape } from "./safe.ts";

/** The layouts `form.render()` knows. */
export type FormLayout = "div" | "p" | "ul" | "table";

/** Non-field errors plus hidden fields' errors, which have no row of their own. */
function topErrors(form: BaseForm, hidden: BoundField[]): ErrorList {
  const top = form.nonFieldErrors();
  for (const field of hidden) {
    for (const message of field.errors) top.add(new ValidationError(`(Hidden field ${field.name}) ${message}`));
  }
  return top;
}

function helpId(field: BoundField): string {
  return field.autoId ? ` id="${escape(field.autoId)}_helptext"` : "";
}

function divRow(field: BoundField, last: string): string {
  const parts: string[] = [];
  const help = field.helpText ? `<div class="helptext"${helpId(field)}>${field.helpTextHtml()}</div>` : "";
  const label = field.label ? (field.useFieldset ? field.legendTag() : field.labelTag()).toString() : "";
  if (field.useFieldset) {
    const describedBy = field.describedBy();
    parts.push(`<fieldset${describedBy ? ` aria-describedby="${escape(describedBy)}"` : ""}>`, label);
  } else {
    parts.push(label);
  }
  parts.push(help, field.errors.toString(), field.toString());
  if (field.useFieldset) parts.push("</fieldset>");
  parts.push(last);
  return `<div${classAttr(field)}>\n  ${parts.filter(Boolean).join("\n  ")}\n</div>`;
}

function classAttr(field: BoundField): string {
  const classes = field.cssClasses;
  return classes ? ` class="${escape(classes)}"` : "";
}

function otherRow(layout: "p" | "ul" | "table", field: BoundField, last: string): string {
  const label = field.label ? field.labelTag().toString() : "";
  const errors = field.errors.toString();
  const help = field.helpText ? `<span class="helptext"${helpId(field)}>${field.helpTextHtml()}</span>` : "";
  if (layout === "p") return `${errors}<p${classAttr(field)}>\n  ${[label, field.toString(), help, last].filter(Boolean).join("\n  ")}\n</p>`;
  if (layout === "ul") return `<li${classAttr(field)}>\n  ${[errors, label, field.toString(), help, last].filter(Boolean).join("\n  ")}\n</li>`;
  return `<tr${classAttr(field)}>\n  <th>${label}</th>\n  <td>\n    ${[errors, field.toString(), help, last].filter(Boolean).join("\n    ")}\n  </td>\n</tr>`;
}

/**
 * Renders `form` in `layout`. Hidden fields are printed inside the last row
 * (or alone when there are no visible fields), as Django does.
 *
 * @example
 * ```ts
 * renderForm(form, "p"); // "<p>\n  <label for=\"id_name\">Name:</label>\n  <input …>\n</p>"
 * ```
 */
export function renderForm(form: BaseForm, layout: FormLayout): string {
  const fields = [...form];
  const hidden = fields.filter((f) => f.isHidden);
  const visible = fields.filter((f) => !f.isHidden);
  const errors = topErrors(form, hidden);
  const hiddenHtml = hidden.map((f) => f.toString()).join("");
  const out: string[] = [];
  if (errors.length) {
    if (layout === "ul") out.push(`<li>${errors.toString()}</li>`);
    else if (layout === "table") out.push(`<tr><td colspan="2">${errors.toString()}</td></tr>`);
    else out.push(errors.toString());
  }
  visible.forEach((field, i) => {
    const last = i === visible.length - 1 ? hiddenHtml : "";
    out.push(layout === "div" ? divRow(field, last) : otherRow(layout, field, last));
  });
  if (visible.length === 0 && hiddenHtml) {
    const wrap = { div: ["<div>", "</div>"], p: ["<p>", "</p>"], ul: ["<li>", "</li>"], table: ['<tr><td colspan="2">', "</td></tr>"] }[layout];
    out.push(`${wrap[0]}${hiddenHtml}${wrap[1]}`);
  }
  return out.join("\n");
}
