/**
 * The admin stylesheet, part 1: colours (light and dark, from `prefers-color-scheme`), type,
 * the page frame (header, breadcrumbs, messages, content and sidebar columns) and the pieces
 * every page uses (modules, tables, buttons, object tools).
 */
export const baseCss = `
:root {
  --primary: #2f6c87;
  --primary-fg: #fff;
  --header-bg: #1f4d61;
  --header-fg: #f3dc6b;
  --header-link: #fff;
  --breadcrumbs-bg: #2f6c87;
  --breadcrumbs-fg: #d4e8f1;
  --breadcrumbs-link: #fff;
  --body-bg: #fff;
  --body-fg: #222;
  --body-quiet: #5f6770;
  --body-loud: #000;
  --link: #24708f;
  --link-hover: #0f4a62;
  --module-bg: #fff;
  --module-caption-bg: #417690;
  --module-caption-fg: #fff;
  --row-alt: #f6f8f9;
  --row-selected: #fff6d6;
  --border: #d7dde1;
  --border-strong: #a9b3ba;
  --field-bg: #fff;
  --field-border: #a9b3ba;
  --focus: #e8a318;
  --button-bg: #2f6c87;
  --button-hover: #1f4d61;
  --button-fg: #fff;
  --default-button-bg: #1f4d61;
  --default-button-hover: #143745;
  --delete-bg: #b22d2d;
  --delete-hover: #8c1f1f;
  --error: #b22d2d;
  --error-bg: #fdeeee;
  --success-bg: #e6f4ea;
  --success-fg: #1e5e2f;
  --warning-bg: #fff4d6;
  --warning-fg: #6d4c00;
  --info-bg: #e8f1f7;
  --shadow: 0 1px 2px rgba(0, 0, 0, 0.08);
  --radius: 6px;
  --font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  color-scheme: light;
}
@media (prefers-color-scheme: dark) {
  :root {
    --primary: #5da9c8;
    --header-bg: #10242e;
    --header-fg: #f3dc6b;
    --breadcrumbs-bg: #1a3847;
    --breadcrumbs-fg: #b9d3df;
    --body-bg: #15191c;
    --body-fg: #e4e7ea;
    --body-quiet: #9aa4ac;
    --body-loud: #fff;
    --link: #7cc2e0;
    --link-hover: #b3e0f3;
    --module-bg: #1c2125;
    --module-caption-bg: #24566d;
    --row-alt: #1f2529;
    --row-selected: #3a3420;
    --border: #323a40;
    --border-strong: #4f5a62;
    --field-bg: #111518;
    --field-border: #56626b;
    --button-bg: #2f6c87;
    --button-hover: #3d86a6;
    --default-button-bg: #2b7597;
    --default-button-hover: #3888ab;
    --primary-fg: #0c1a21;
    --delete-bg: #c0392b;
    --delete-hover: #dc4c3d;
    --error: #ff8a80;
    --error-bg: #3a1f1f;
    --success-bg: #1d3324;
    --success-fg: #a8dcb5;
    --warning-bg: #3a3219;
    --warning-fg: #f2d98d;
    --info-bg: #1b2d38;
    --shadow: none;
    color-scheme: dark;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--body-bg); color: var(--body-fg); font: 15px/1.5 var(--font); }
a { color: var(--link); text-decoration: none; }
a:hover, a:focus { color: var(--link-hover); text-decoration: underline; }
/* Links inside running text are underlined: colour alone does not set them apart (WCAG 1.4.1). */
p a, .deleted-objects a, .messagelist a, .errornote a { text-decoration: underline; text-underline-offset: 0.15em; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
h1, h2, h3, h4 { margin: 0 0 0.6em; font-weight: 600; line-height: 1.25; }
h1 { font-size: 1.6rem; font-weight: 400; color: var(--body-loud); }
h2.subtitle { font-size: 1.1rem; font-weight: 400; color: var(--body-quiet); }
p { margin: 0 0 0.9em; }
ul { margin: 0 0 0.9em; padding-left: 1.4em; }
code, pre { font-family: var(--mono); font-size: 0.9em; }
.quiet, .help, .mini { color: var(--body-quiet); }
.mini { font-size: 0.8rem; }
.hidden { display: none !important; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.skip-to-content-link { position: absolute; left: -999px; top: 0.5rem; z-index: 10; padding: 0.5rem 1rem; background: var(--body-bg); }
.skip-to-content-link:focus { left: 0.5rem; }

#header { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem 2rem;
  padding: 0.75rem 2.5rem; background: var(--header-bg); color: var(--header-fg); }
#site-name { margin: 0; font-size: 1.45rem; font-weight: 300; }
#site-name a { color: var(--header-fg); text-decoration: none; }
#user-tools { font-size: 0.78rem; letter-spacing: 0.05em; text-transform: uppercase; color: var(--breadcrumbs-fg); text-align: right; }
#user-tools strong { color: var(--header-link); font-weight: 600; }
#user-tools a, #logout-form { white-space: nowrap; }
#user-tools a, #logout-form button { color: var(--header-link); border-bottom: 1px solid rgba(255, 255, 255, 0.3); text-decoration: none; }
#user-tools a:hover, #logout-form button:hover { border-bottom-color: var(--header-fg); color: var(--header-fg); }
#logout-form { display: inline; }
#logout-form button { background: none; border-top: 0; border-left: 0; border-right: 0; padding: 0; font: inherit;
  letter-spacing: inherit; text-transform: inherit; cursor: pointer; }
.breadcrumbs { padding: 0.6rem 2.5rem; background: var(--breadcrumbs-bg); color: var(--breadcrumbs-fg); font-size: 0.9rem; }
.breadcrumbs a { color: var(--breadcrumbs-link); text-decoration: underline; text-decoration-color: rgba(255, 255, 255, 0.4); text-underline-offset: 0.2em; }
.breadcrumbs a:hover { text-decoration-color: currentColor; }

.main { display: flex; }
.content { flex: 1; min-width: 0; padding: 1.5rem 2.5rem 3rem; }
.content:focus { outline: none; }
#content { display: flex; flex-wrap: wrap; gap: 0 2rem; align-items: flex-start; }
#content > h1, #content > h2.subtitle { flex-basis: 100%; }
#content-main { flex: 1 1 34rem; min-width: 0; }
#content-related { flex: 0 1 20rem; min-width: 16rem; }
.colM #content-main { max-width: 70rem; }

.messagelist { list-style: none; margin: 0 0 1.25rem; padding: 0; }
.messagelist li { margin: 0 0 0.5rem; padding: 0.7rem 1rem 0.7rem 2.6rem; position: relative; border-radius: var(--radius);
  background: var(--success-bg); color: var(--success-fg); }
.messagelist li::before { content: "\\2714"; position: absolute; left: 1rem; font-weight: 700; }
.messagelist li.warning { background: var(--warning-bg); color: var(--warning-fg); }
.messagelist li.warning::before { content: "!"; }
.messagelist li.error { background: var(--error-bg); color: var(--error); }
.messagelist li.error::before { content: "\\2716"; }
.messagelist li.info, .messagelist li.debug { background: var(--info-bg); color: var(--body-fg); }
.messagelist li.info::before, .messagelist li.debug::before { content: "i"; font-style: italic; font-family: Georgia, serif; }

.module { margin: 0 0 1.5rem; background: var(--module-bg); border: 1px solid var(--border); border-radius: var(--radius);
  box-shadow: var(--shadow); overflow: hidden; }
.module h2, .module caption, .inline-group h2 { margin: 0; padding: 0.55rem 0.9rem; background: var(--module-caption-bg);
  color: var(--module-caption-fg); font-size: 0.85rem; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase; text-align: left; }
.module caption a, .module h2 a { color: var(--module-caption-fg); }
.module h3 { margin: 0.8rem 0.9rem 0.4rem; font-size: 0.9rem; color: var(--body-quiet); }
.module > p, .module > ul { margin: 0.75rem 0.9rem; }

table { border-collapse: collapse; border-color: var(--border); }
td, th { padding: 0.5rem 0.75rem; border-bottom: 1px solid var(--border); text-align: left; vertical-align: top; }
thead th { font-size: 0.78rem; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase; color: var(--body-quiet);
  background: var(--row-alt); white-space: nowrap; }
tbody tr:nth-child(even) { background: var(--row-alt); }
tbody tr:last-child td, tbody tr:last-child th { border-bottom: 0; }
.module table { width: 100%; }
.table-scroll { overflow-x: auto; }

.button, input[type="submit"], input[type="button"], button.button { display: inline-block; margin: 0; padding: 0.55rem 1rem;
  border: 0; border-radius: var(--radius); background: var(--button-bg); color: var(--button-fg); font: 600 0.9rem/1.2 var(--font);
  cursor: pointer; text-decoration: none; }
.button:hover, input[type="submit"]:hover, button.button:hover { background: var(--button-hover); color: var(--button-fg); text-decoration: none; }
.button.default, input[type="submit"].default { background: var(--default-button-bg); }
.button.default:hover, input[type="submit"].default:hover { background: var(--default-button-hover); }
.button.cancel-link { background: transparent; color: var(--link); border: 1px solid var(--border-strong); }
.button.cancel-link:hover { background: var(--row-alt); color: var(--link-hover); }
.button.danger, input[type="submit"].danger { background: var(--delete-bg); }
.button.danger:hover, input[type="submit"].danger:hover { background: var(--delete-hover); }

.object-tools { display: flex; flex-wrap: wrap; gap: 0.5rem; justify-content: flex-end; list-style: none; margin: -3rem 0 1rem; padding: 0; }
.object-tools a { display: inline-block; padding: 0.35rem 0.9rem; border-radius: 999px; background: var(--body-quiet);
  color: var(--body-bg); font-size: 0.75rem; font-weight: 600; letter-spacing: 0.05em; text-transform: uppercase; }
.object-tools a:hover { background: var(--primary); color: var(--primary-fg); text-decoration: none; }
.object-tools a.addlink::after { content: " +"; }
.addlink::before { content: "+\\00a0"; font-weight: 700; color: #3b8c4a; }
.changelink::before { content: "\\270E\\00a0"; }
.viewlink::before { content: "\\25B8\\00a0"; }
.deletelink::before { content: "\\2716\\00a0"; color: var(--error); }
.object-tools a.addlink::before { content: none; }
#footer { clear: both; }
`;
