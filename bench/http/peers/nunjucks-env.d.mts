/** Types of nunjucks-env.mjs: the peers' shared nunjucks environment. */
import type { Environment } from "nunjucks";
export declare const env: Environment;
