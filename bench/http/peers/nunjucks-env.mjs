// One nunjucks environment over the shared templates (autoescape on, compiled once), for the peers.
import nunjucks from "nunjucks";
import { TEMPLATES } from "../shared.mjs";

export const env = new nunjucks.Environment(
  { getSource: (name) => ({ src: TEMPLATES[name], path: name, noCache: false }), on() {} },
  { autoescape: true },
);
