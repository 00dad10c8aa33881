/**
 * The Web platform that core/ may use, and nothing more.
 *
 * core/ runs unchanged on Node, in a service worker and on edge runtimes, so it may only use
 * what all of them provide: the fetch classes, URLs, text encoding, Web Crypto, streams and a
 * console (the WinterTC "minimum common API"). TypeScript has no library for that set (its
 * `DOM` and `WebWorker` libraries bring `document`, `self`, `caches`…, and `@types/node` brings
 * `process` and `Buffer`), so core/tsconfig.json loads only the ECMAScript library and this
 * file. Using a global that is not declared here is a compile error: that is the point. Add a
 * declaration only for a standard API that every supported runtime has (Node from 20.19, as
 * package.json's engines say, browsers, service workers), with the standard's own signature,
 * so that core's emitted `.d.ts` means the same in any program. Left out for that reason:
 * `URL.parse` and the bodies' `bytes()` (Node 22).
 *
 * Names that only the DOM library has (`HeadersInit`, `BodyInit`, `BufferSource`…) may be used
 * inside core but not in an exported signature: a Node project's `@types/node` lacks them
 * (package/pack.test.ts compiles the shipped declarations without the DOM to keep that so).
 *
 * This file is not emitted: a program that uses core (the CLI, the worker, a user's project)
 * brings its own declarations of these globals from `@types/node`, `DOM` or `WebWorker`.
 */

// ---- Bodies and headers ---------------------------------------------------------------------

type BufferSource = ArrayBufferView<ArrayBuffer> | ArrayBuffer;
type AllowSharedBufferSource = ArrayBufferLike | ArrayBufferView<ArrayBufferLike>;
type HeadersInit = [string, string][] | Record<string, string> | Headers;
type BodyInit = ReadableStream | Blob | BufferSource | FormData | URLSearchParams | string;
type RequestInfo = Request | string;
type FormDataEntryValue = File | string;

interface HeadersIterator<T> extends IteratorObject<T, BuiltinIteratorReturn, unknown> {
  [Symbol.iterator](): HeadersIterator<T>;
}

interface Headers {
  append(name: string, value: string): void;
  delete(name: string): void;
  get(name: string): string | null;
  getSetCookie(): string[];
  has(name: string): boolean;
  set(name: string, value: string): void;
  forEach(callbackfn: (value: string, key: string, parent: Headers) => void, thisArg?: unknown): void;
  [Symbol.iterator](): HeadersIterator<[string, string]>;
  entries(): HeadersIterator<[string, string]>;
  keys(): HeadersIterator<string>;
  values(): HeadersIterator<string>;
}
declare var Headers: { prototype: Headers; new (init?: HeadersInit): Headers };

/** What Request and Response share: reading the body once. */
interface Body {
  readonly body: ReadableStream<Uint8Array<ArrayBuffer>> | null;
  readonly bodyUsed: boolean;
  arrayBuffer(): Promise<ArrayBuffer>;
  blob(): Promise<Blob>;
  formData(): Promise<FormData>;
  json(): Promise<any>;
  text(): Promise<string>;
}

interface RequestInit {
  body?: BodyInit | null;
  headers?: HeadersInit;
  method?: string;
  redirect?: "error" | "follow" | "manual";
  signal?: AbortSignal | null;
}

interface Request extends Body {
  readonly headers: Headers;
  readonly method: string;
  readonly redirect: "error" | "follow" | "manual";
  readonly signal: AbortSignal;
  readonly url: string;
  clone(): Request;
}
declare var Request: { prototype: Request; new (input: RequestInfo | URL, init?: RequestInit): Request };

interface ResponseInit {
  headers?: HeadersInit;
  status?: number;
  statusText?: string;
}

interface Response extends Body {
  readonly headers: Headers;
  readonly ok: boolean;
  readonly redirected: boolean;
  readonly status: number;
  readonly statusText: string;
  readonly url: string;
  clone(): Response;
}
declare var Response: {
  prototype: Response;
  new (body?: BodyInit | null, init?: ResponseInit): Response;
  error(): Response;
  json(data: any, init?: ResponseInit): Response;
  redirect(url: string | URL, status?: number): Response;
};

interface AbortSignal {
  readonly aborted: boolean;
  readonly reason: any;
  throwIfAborted(): void;
}

// ---- Files and forms ------------------------------------------------------------------------

interface Blob {
  readonly size: number;
  readonly type: string;
  arrayBuffer(): Promise<ArrayBuffer>;
  slice(start?: number, end?: number, contentType?: string): Blob;
  stream(): ReadableStream<Uint8Array<ArrayBuffer>>;
  text(): Promise<string>;
}
declare var Blob: { prototype: Blob; new (blobParts?: (BufferSource | Blob | string)[], options?: { type?: string }): Blob };

interface File extends Blob {
  readonly lastModified: number;
  readonly name: string;
}
declare var File: {
  prototype: File;
  new (fileBits: (BufferSource | Blob | string)[], fileName: string, options?: { type?: string; lastModified?: number }): File;
};

interface FormData {
  append(name: string, value: string | Blob): void;
  append(name: string, blobValue: Blob, filename?: string): void;
  delete(name: string): void;
  get(name: string): FormDataEntryValue | null;
  getAll(name: string): FormDataEntryValue[];
  has(name: string): boolean;
  set(name: string, value: string | Blob): void;
  set(name: string, blobValue: Blob, filename?: string): void;
  forEach(callbackfn: (value: FormDataEntryValue, key: string, parent: FormData) => void, thisArg?: unknown): void;
  [Symbol.iterator](): FormDataIterator<[string, FormDataEntryValue]>;
  entries(): FormDataIterator<[string, FormDataEntryValue]>;
  keys(): FormDataIterator<string>;
  values(): FormDataIterator<FormDataEntryValue>;
}
interface FormDataIterator<T> extends IteratorObject<T, BuiltinIteratorReturn, unknown> {
  [Symbol.iterator](): FormDataIterator<T>;
}
declare var FormData: { prototype: FormData; new (): FormData };

// ---- URLs -----------------------------------------------------------------------------------

interface URL {
  hash: string;
  host: string;
  hostname: string;
  href: string;
  readonly origin: string;
  password: string;
  pathname: string;
  port: string;
  protocol: string;
  search: string;
  readonly searchParams: URLSearchParams;
  username: string;
  toJSON(): string;
  toString(): string;
}
declare var URL: {
  prototype: URL;
  new (url: string | URL, base?: string | URL): URL;
  canParse(url: string | URL, base?: string | URL): boolean;
};

interface URLSearchParamsIterator<T> extends IteratorObject<T, BuiltinIteratorReturn, unknown> {
  [Symbol.iterator](): URLSearchParamsIterator<T>;
}

interface URLSearchParams {
  readonly size: number;
  append(name: string, value: string): void;
  delete(name: string, value?: string): void;
  get(name: string): string | null;
  getAll(name: string): string[];
  has(name: string, value?: string): boolean;
  set(name: string, value: string): void;
  sort(): void;
  toString(): string;
  forEach(callbackfn: (value: string, key: string, parent: URLSearchParams) => void, thisArg?: unknown): void;
  [Symbol.iterator](): URLSearchParamsIterator<[string, string]>;
  entries(): URLSearchParamsIterator<[string, string]>;
  keys(): URLSearchParamsIterator<string>;
  values(): URLSearchParamsIterator<string>;
}
declare var URLSearchParams: {
  prototype: URLSearchParams;
  new (init?: string[][] | Record<string, string> | string | URLSearchParams): URLSearchParams;
};

// ---- Text -----------------------------------------------------------------------------------

interface TextEncoder {
  readonly encoding: string;
  encode(input?: string): Uint8Array<ArrayBuffer>;
  encodeInto(source: string, destination: Uint8Array<ArrayBufferLike>): { read: number; written: number };
}
declare var TextEncoder: { prototype: TextEncoder; new (): TextEncoder };

interface TextDecoder {
  readonly encoding: string;
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;
  decode(input?: AllowSharedBufferSource, options?: { stream?: boolean }): string;
}
declare var TextDecoder: { prototype: TextDecoder; new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): TextDecoder };

declare function atob(data: string): string;
declare function btoa(data: string): string;

// ---- Streams --------------------------------------------------------------------------------

interface ReadableStreamDefaultController<R = any> {
  readonly desiredSize: number | null;
  close(): void;
  enqueue(chunk?: R): void;
  error(e?: any): void;
}

interface UnderlyingDefaultSource<R = any> {
  cancel?: (reason?: any) => void | PromiseLike<void>;
  pull?: (controller: ReadableStreamDefaultController<R>) => void | PromiseLike<void>;
  start?: (controller: ReadableStreamDefaultController<R>) => any;
}

type ReadableStreamReadResult<T> = { done: false; value: T } | { done: true; value?: undefined };

interface ReadableStreamDefaultReader<R = any> {
  readonly closed: Promise<void>;
  cancel(reason?: any): Promise<void>;
  read(): Promise<ReadableStreamReadResult<R>>;
  releaseLock(): void;
}

interface ReadableStream<R = any> {
  readonly locked: boolean;
  cancel(reason?: any): Promise<void>;
  getReader(): ReadableStreamDefaultReader<R>;
  tee(): [ReadableStream<R>, ReadableStream<R>];
}
declare var ReadableStream: {
  prototype: ReadableStream;
  new <R = any>(underlyingSource?: UnderlyingDefaultSource<R>, strategy?: { highWaterMark?: number }): ReadableStream<R>;
};

// ---- Web Crypto -----------------------------------------------------------------------------

type KeyUsage = "decrypt" | "deriveBits" | "deriveKey" | "encrypt" | "sign" | "unwrapKey" | "verify" | "wrapKey";
type AlgorithmIdentifier = { name: string } | string;

interface CryptoKey {
  readonly algorithm: { name: string };
  readonly extractable: boolean;
  readonly type: "private" | "public" | "secret";
  readonly usages: KeyUsage[];
}

interface HmacImportParams {
  name: string;
  hash: AlgorithmIdentifier;
  length?: number;
}

interface Pbkdf2Params {
  name: string;
  hash: AlgorithmIdentifier;
  iterations: number;
  salt: BufferSource;
}

interface SubtleCrypto {
  deriveBits(algorithm: AlgorithmIdentifier | Pbkdf2Params, baseKey: CryptoKey, length?: number | null): Promise<ArrayBuffer>;
  digest(algorithm: AlgorithmIdentifier, data: BufferSource): Promise<ArrayBuffer>;
  importKey(
    format: "raw",
    keyData: BufferSource,
    algorithm: AlgorithmIdentifier | HmacImportParams,
    extractable: boolean,
    keyUsages: KeyUsage[],
  ): Promise<CryptoKey>;
  sign(algorithm: AlgorithmIdentifier, key: CryptoKey, data: BufferSource): Promise<ArrayBuffer>;
  verify(algorithm: AlgorithmIdentifier, key: CryptoKey, signature: BufferSource, data: BufferSource): Promise<boolean>;
}

interface Crypto {
  readonly subtle: SubtleCrypto;
  getRandomValues<T extends ArrayBufferView | null>(array: T): T;
  randomUUID(): `${string}-${string}-${string}-${string}-${string}`;
}
declare var crypto: Crypto;

// ---- Timers and clocks ---------------------------------------------------------------------

/**
 * A timer's id: a number in browsers, an object on Node. Opaque here, so core only ever hands
 * it back to `clearTimeout` (spell it `ReturnType<typeof setTimeout>`).
 */
interface TimeoutId {
  readonly __timeoutId: unique symbol;
}
declare function setTimeout(handler: (...args: any[]) => void, timeout?: number, ...args: any[]): TimeoutId;
declare function clearTimeout(id: TimeoutId | undefined): void;

interface Performance {
  readonly timeOrigin: number;
  now(): number;
}
declare var performance: Performance;

// ---- Console --------------------------------------------------------------------------------

interface Console {
  debug(...data: any[]): void;
  error(...data: any[]): void;
  info(...data: any[]): void;
  log(...data: any[]): void;
  warn(...data: any[]): void;
}
declare var console: Console;
