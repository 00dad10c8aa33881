import { BadRequest } from "../errors.ts";
import { MultiValueDict, QueryDict } from "./querydict.ts";

const decoder = new TextDecoder();

/** The parsed form body of a request: `request.POST` and `request.FILES`. */
export interface ParsedForm {
  POST: QueryDict;
  FILES: MultiValueDict<File>;
}

/**
 * Parses a urlencoded or multipart body as Django does for `request.POST`/`request.FILES`.
 * Other content types leave both empty (read `request.body` or `request.json()` instead).
 * Multipart parsing uses the runtime's own `Response.formData()`, so it is the same
 * well-tested parser in Node, the service worker and edge runtimes.
 *
 * @throws BadRequest when a multipart body is malformed.
 */
export async function parseFormBody(body: Uint8Array, contentType: string | null): Promise<ParsedForm> {
  const FILES = new MultiValueDict<File>();
  const type = (contentType ?? "").split(";", 1)[0]!.trim().toLowerCase();
  if (type === "application/x-www-form-urlencoded") {
    return { POST: new QueryDict(decoder.decode(body)), FILES };
  }
  if (type !== "multipart/form-data") return { POST: new QueryDict(), FILES };
  if (!/boundary=/i.test(contentType ?? "")) throw new BadRequest("Multipart body without a boundary in Content-Type.");
  let form: FormData;
  try {
    form = await new Response(body as BodyInit, { headers: { "content-type": contentType! } }).formData();
  } catch (error) {
    throw new BadRequest(`Malformed multipart body: ${(error as Error).message}`);
  }
  const POST = new QueryDict();
  form.forEach((value, key) => {
    if (typeof value === "string") POST.append(key, value);
    else FILES.append(key, value as File);
  });
  return { POST, FILES };
}
