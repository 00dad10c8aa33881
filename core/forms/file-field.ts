/**
 * FileField: an uploaded Web `File` from `request.FILES`.
 *
 * @module
 */
import { isFile } from "./data.ts";
import { Field, callable, type FieldOptions, type Optional } from "./field.ts";
import { ClearableFileInput, FILE_INPUT_CONTRADICTION } from "./file-widgets.ts";

/** Options of FileField. */
export interface FileFieldOptions<T = File | null> extends FieldOptions<T> {
  /** Longest allowed file name. */
  maxLength?: number;
  /** Accept zero-byte files (default `false`). */
  allowEmptyFile?: boolean;
}

/** Implementation of {@link FileField}. */
export class FileFieldImpl<T = File> extends Field<T> {
  maxLength: number | undefined;
  allowEmptyFile: boolean;
  constructor(options: FileFieldOptions<T> = {}) {
    super(options, ClearableFileInput, {
      invalid: "No file was submitted. Check the encoding type on the form.",
      missing: "No file was submitted.",
      empty: "The submitted file is empty.",
      contradiction: "Please either submit a file or check the clear checkbox, not both.",
    });
    this.maxLength = options.maxLength;
    this.allowEmptyFile = options.allowEmptyFile ?? false;
  }

  toPython(value: unknown): T {
    if (value === null || value === undefined || value === "" || value === false) return null as T;
    if (!isFile(value)) throw this.error("invalid");
    // Browsers send an empty part with no file name when nothing was chosen.
    if (value.name === "" && value.size === 0) return null as T;
    const length = [...value.name].length;
    if (this.maxLength !== undefined && length > this.maxLength) {
      throw this.error("max_length", { max: this.maxLength, length }, this.maxLength === 1
        ? "Ensure this filename has at most %(max)d character (it has %(length)d)."
        : "Ensure this filename has at most %(max)d characters (it has %(length)d).");
    }
    if (!value.name) throw this.error("invalid");
    if (!this.allowEmptyFile && value.size === 0) throw this.error("empty");
    return value as T;
  }

  override clean(value: unknown, initial?: unknown): T {
    if (value === FILE_INPUT_CONTRADICTION) throw this.error("contradiction");
    // `false` is the widget's "Clear" checkbox: an optional field becomes empty.
    if (value === false && !this.required) return null as T;
    const upload = value === false ? null : value;
    const noUpload = upload === null || upload === undefined || upload === "" || (isFile(upload) && upload.name === "" && upload.size === 0);
    if (noUpload && initial) return initial as T;
    return super.clean(upload);
  }

  override boundData(data: unknown, initial: unknown): unknown {
    if (this.disabled || data === null || data === undefined || data === FILE_INPUT_CONTRADICTION) return initial;
    return data;
  }

  override hasChanged(_initial: unknown, data: unknown): boolean {
    return !this.disabled && data !== null && data !== undefined;
  }
}

/**
 * An uploaded file, cleaned to the Web `File` (`null` when empty and
 * optional). The form must be posted as `multipart/form-data`
 * (`form.isMultipart()` tells a template). With an initial file and no new
 * upload the cleaned value is that initial value.
 *
 * @example
 * ```ts
 * const Upload = forms.Form({ doc: forms.FileField({ maxLength: 100 }) });
 * const form = new Upload(request.POST, request.FILES);
 * if (form.isValid()) await form.cleanedData.doc.text();
 * ```
 */
export const FileField = callable(FileFieldImpl) as {
  <const O extends FileFieldOptions<unknown> = {}>(options?: O & FileFieldOptions<Optional<O, File, null>>): FileFieldImpl<Optional<O, File, null>>;
  new <const O extends FileFieldOptions<unknown> = {}>(options?: O & FileFieldOptions<Optional<O, File, null>>): FileFieldImpl<Optional<O, File, null>>;
};
export type FileField<T = File> = FileFieldImpl<T>;
