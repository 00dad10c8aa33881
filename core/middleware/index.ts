import { AuthenticationMiddleware } from "../auth/middleware.ts";
import { CsrfViewMiddleware } from "../csrf/middleware.ts";
import { MessageMiddleware } from "../messages/middleware.ts";
import { SessionMiddleware } from "../sessions/middleware.ts";
import { CommonMiddleware, noAppendSlash } from "./common.ts";
import { SecurityMiddleware } from "./security.ts";
import type { Middleware } from "./types.ts";

export { noAppendSlash };
export { CommonMiddleware, SecurityMiddleware, SessionMiddleware, CsrfViewMiddleware, AuthenticationMiddleware, MessageMiddleware };
export type { GetResponse, Middleware, MiddlewareApp } from "./types.ts";

/**
 * The middleware every app gets unless `MIDDLEWARE` says otherwise, outermost first, in
 * Django's order: Security, Session, Common, Csrf, Authentication, Messages.
 * Spread it to add your own: `MIDDLEWARE: [...DEFAULT_MIDDLEWARE, myMiddleware]`.
 */
export const DEFAULT_MIDDLEWARE: readonly Middleware[] = Object.freeze([
  SecurityMiddleware,
  SessionMiddleware,
  CommonMiddleware,
  CsrfViewMiddleware,
  AuthenticationMiddleware,
  MessageMiddleware,
]);
