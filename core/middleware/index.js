import { CsrfViewMiddleware } from "../csrf/middleware.js";
import { MessageMiddleware } from "../messages/middleware.js";
import { SessionMiddleware } from "../sessions/middleware.js";
import { CommonMiddleware } from "./common.js";
import { SecurityMiddleware } from "./security.js";
export { CommonMiddleware, SecurityMiddleware, SessionMiddleware, CsrfViewMiddleware, MessageMiddleware };
/**
 * The middleware every app gets unless `MIDDLEWARE` says otherwise, outermost first, in
 * Django's order: Security, Session, Common, Csrf, Messages.
 * Spread it to add your own: `MIDDLEWARE: [...DEFAULT_MIDDLEWARE, myMiddleware]`.
 */
export const DEFAULT_MIDDLEWARE = Object.freeze([
    SecurityMiddleware,
    SessionMiddleware,
    CommonMiddleware,
    CsrfViewMiddleware,
    MessageMiddleware,
]);
