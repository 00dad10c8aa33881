/**
 * File upload widgets. Uploaded files come from `request.FILES` as Web `File`
 * objects; the widgets never print a file back as a value.
 *
 * @module
 */
import type { DataReader } from "./data.ts";
import { escape, flatatt, type Attrs } from "./safe.ts";
import { Input } from "./widgets.ts";

/** Returned by ClearableFileInput when a file is uploaded and "Clear" is ticked. */
export const FILE_INPUT_CONTRADICTION: unique symbol = Symbol("FILE_INPUT_CONTRADICTION");

/** `<input type="file">`. @example forms.FileField({ widget: forms.FileInput }) */
export class FileInput extends Input {
  override inputType = "file";
  override needsMultipartForm = true;
  override formatValue(): string | null {
    return null;
  }
  override valueFromData(_data: DataReader, files: DataReader, name: string): unknown {
    return files.get(name);
  }
  override valueOmittedFromData(_data: DataReader, files: DataReader, name: string): boolean {
    return !files.has(name);
  }
  override useRequiredAttribute(initial: unknown): boolean {
    // With a file already stored, leaving the input empty keeps it.
    return super.useRequiredAttribute(initial) && !initial;
  }
}

/** The file shown as "Currently:" by ClearableFileInput: a File, or anything with a name and optional url. */
export interface StoredFile {
  name: string;
  url?: string;
}

/**
 * The default FileField widget: a file input that, when the field has an
 * initial file, shows it with a link and (for optional fields) a "Clear"
 * checkbox named `<name>-clear`.
 *
 * @example
 * ```ts
 * new ProfileForm(null, null, { initial: { cv: { name: "cv.pdf", url: "/media/cv.pdf" } } });
 * ```
 */
export class ClearableFileInput extends FileInput {
  clearCheckboxLabel = "Clear";
  initialText = "Currently";
  inputText = "Change";

  override render(name: string, value: unknown, attrs: Attrs = {}): string {
    const input = super.render(name, value, attrs);
    const initial = value as StoredFile | null | undefined;
    if (!initial || typeof initial !== "object" || typeof initial.name !== "string") return input;
    const link = initial.url ? `<a href="${escape(initial.url)}">${escape(initial.name)}</a>` : escape(initial.name);
    let clear = "";
    if (!this.isRequired) {
      const id = `${name}-clear_id`;
      const disabled = Boolean(this.attrs.disabled ?? attrs.disabled);
      clear = `\n<input${flatatt({ type: "checkbox", name: `${name}-clear`, id, disabled })}>\n<label for="${escape(id)}">${escape(this.clearCheckboxLabel)}</label>`;
    }
    return `<p>${escape(this.initialText)}: ${link}${clear}</p>\n<p>${escape(this.inputText)}:\n${input}</p>`;
  }

  override valueFromData(data: DataReader, files: DataReader, name: string): unknown {
    const upload = super.valueFromData(data, files, name);
    const clear = data.get(`${name}-clear`);
    if (!this.isRequired && clear !== undefined && clear !== "" && clear !== "false") {
      // Clearing and uploading at once is ambiguous; the field reports it.
      return upload ? FILE_INPUT_CONTRADICTION : false;
    }
    return upload;
  }

  override valueOmittedFromData(data: DataReader, files: DataReader, name: string): boolean {
    return super.valueOmittedFromData(data, files, name) && !data.has(`${name}-clear`);
  }
}
