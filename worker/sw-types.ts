/**
 * The few service worker types the worker uses. The project's tsconfig uses the DOM library
 * (which lacks them) because the page and worker are checked together; the WebWorker library
 * would clash with DOM, so the worker declares what it needs here.
 */

export interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}

export interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  readonly clientId: string;
  readonly resultingClientId: string;
  respondWith(response: Response | Promise<Response>): void;
}

export interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}

export interface WorkerClient {
  readonly id: string;
  readonly url: string;
  postMessage(message: unknown): void;
}

export interface WorkerClients {
  get(id: string): Promise<WorkerClient | undefined>;
  matchAll(options?: { type?: "window" | "all"; includeUncontrolled?: boolean }): Promise<WorkerClient[]>;
  claim(): Promise<void>;
}

export interface WorkerScope {
  readonly clients: WorkerClients;
  readonly location: Location;
  skipWaiting(): Promise<void>;
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void;
  addEventListener(type: "message", listener: (event: ExtendableMessageEvent) => void): void;
}
