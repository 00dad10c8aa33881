import { CommonMiddleware } from "./common.ts";
import { SecurityMiddleware } from "./security.ts";
import type { Middleware } from "./types.ts";

export { CommonMiddleware, SecurityMiddleware };
export type { GetResponse, Middleware } from "./types.ts";

/**
 * The middleware every app gets unless `MIDDLEWARE` says otherwise, outermost first.
 * Spread it to add your own: `MIDDLEWARE: [...DEFAULT_MIDDLEWARE, myMiddleware]`.
 */
export const DEFAULT_MIDDLEWARE: readonly Middleware[] = Object.freeze([SecurityMiddleware, CommonMiddleware]);
