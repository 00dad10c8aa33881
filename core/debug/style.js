/**
 * The look of the error pages: one inline stylesheet and one document shell.
 * Everything is inline because an error page must render even when static
 * files, the network or the app's own assets are what is broken.
 */
import { escapeHtml } from "./escape.js";
/** Styles of the DEBUG technical pages, after Django's (yellow summary band, grey sections, monospace code). */
export const TECHNICAL_CSS = `
html * { padding: 0; margin: 0; }
body * { padding: 10px 20px; }
body * * { padding: 0; }
body { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: #fff; color: #000; }
body > div { border-bottom: 1px solid #ddd; }
h1 { font-weight: normal; font-size: 1.8em; word-break: break-word; }
h1 span { font-size: .6em; color: #666; font-weight: normal; }
h2 { margin-bottom: .8em; font-size: 1.3em; }
h2 span { font-size: .75em; color: #666; font-weight: normal; }
h3 { margin: 1em 0 .5em 0; font-size: 1.05em; }
code, pre, textarea, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 13px; }
pre { white-space: pre-wrap; word-break: break-word; }
summary { cursor: pointer; }
p { margin: .5em 0; }
table { border: 1px solid #ccc; border-collapse: collapse; width: 100%; background: #fff; }
td, th { vertical-align: top; padding: 2px 6px; }
thead th { padding: 2px 6px; background: #fefefe; text-align: left; font-weight: normal; font-size: 11px; border: 1px solid #ddd; }
tbody th { width: 12em; text-align: right; color: #666; padding-right: .6em; font-weight: normal; }
table.req { table-layout: fixed; }
table.req thead th:first-child { width: 14em; }
table.req td { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; overflow-wrap: anywhere; }
table.req td pre { white-space: pre-wrap; }
table.req tr:nth-child(even) { background: #fafafa; }
#summary { background: #ffc; }
#summary h2 { font-weight: normal; color: #666; }
#summary table { border: none; background: transparent; margin-top: .5em; }
#summary table td { word-break: break-word; }
pre.exception_value { font-family: system-ui, sans-serif; color: #575757; font-size: 1.4em; margin: 10px 0; }
#traceback, #explanation { background: #eee; }
#template, #requestinfo, #settings { background: #f6f6f6; }
#explanation p { margin: 0; }
ul.traceback { list-style: none; }
ul.traceback > li { margin: 0 0 .8em 0; }
li.frame .loc { color: #333; overflow-wrap: anywhere; }
li.frame .loc code { font-size: 13px; }
li.frame .fn { font-weight: bold; }
li.user > .loc { color: #000; }
li.framework .loc { color: #777; }
li.framework .fn { font-weight: normal; }
details.framework { margin: 0 0 .8em 0; color: #777; }
details.framework > summary { color: #666; font-size: .9em; margin-bottom: .4em; }
details.framework ul { list-style: none; margin-left: 1.2em; }
details.framework li.frame { margin: 0 0 .2em 0; }
div.context { margin: .4em 0 0 0; overflow-x: auto; background: #fff; border: 1px solid #ddd; border-radius: 3px; }
table.source { border: none; width: auto; min-width: 100%; }
table.source td, table.source th { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; padding: 0 8px; white-space: pre; }
table.source th { color: #999; text-align: right; width: 1%; border-right: 1px solid #eee; user-select: none; font-weight: normal; }
table.source tr.error-line td { background: #fdd; color: #000; }
table.source tr.error-line th { background: #fbb; color: #000; }
table.source mark.col { background: #e33; color: #fff; border-radius: 2px; }
table.source td { color: #444; }
.cause { margin: 1.2em 0 .8em 0; padding-top: .8em; border-top: 1px dashed #bbb; }
.cause h3 { margin: 0 0 .3em 0; font-weight: normal; }
.cause pre { color: #575757; font-size: 1.1em; font-family: system-ui, sans-serif; margin-bottom: .5em; }
.notice { color: #666; font-style: italic; }
textarea { width: 100%; min-height: 16em; margin-top: .5em; border: 1px solid #ccc; padding: 6px; box-sizing: border-box; background: #fff; }
#requestinfo h3 { margin-top: 1.2em; }
.empty { color: #666; font-style: italic; }
@media (max-width: 640px) {
  body * { padding: 8px 10px; }
  body * * { padding: 0; }
  h1 { font-size: 1.4em; }
  pre.exception_value { font-size: 1.15em; }
  table.meta tbody th, table.meta tbody td { display: block; width: auto; text-align: left; padding: 0 4px; }
  table.meta tbody th { color: #666; margin-top: 4px; }
  table.req thead { display: none; }
  table.req, table.req tbody, table.req tr, table.req td { display: block; width: auto; }
  table.req td { padding: 1px 6px; }
  table.req td:first-child { font-weight: bold; padding-top: 5px; }
}
`;
/** Styles of the plain non-DEBUG pages: a heading and one sentence, nothing more. */
export const PLAIN_CSS = `
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; padding: 2em 1.2em; color: #222; background: #fff; }
h1 { font-size: 1.6em; font-weight: normal; margin: 0 0 .4em 0; }
p { margin: .4em 0; max-width: 40em; }
`;
/**
 * Returns a complete, self-contained HTML page. `body` must already be
 * escaped HTML; `title` is escaped here.
 *
 * @example
 * page({ title: "Not Found", css: PLAIN_CSS, body: "<h1>Not Found</h1>" });
 * // → "<!DOCTYPE html><html lang=\"en\"><head>…<title>Not Found</title>…</head><body><h1>Not Found</h1></body></html>"
 */
export function page(options) {
    return (`<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n` +
        `<meta name="robots" content="NONE,NOARCHIVE">\n` +
        `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
        `<title>${escapeHtml(options.title)}</title>\n<style>${options.css}</style>\n</head>\n` +
        `<body>\n${options.body}\n</body>\n</html>\n`);
}
