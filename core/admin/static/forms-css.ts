/**
 * The admin stylesheet, part 3: change forms (aligned fieldsets, errors beside their fields,
 * help texts, tabular inlines, the submit row), delete confirmations, the login box, and the
 * narrow-screen rules for every page.
 */
export const formsCss = `
input, select, textarea { font: inherit; color: var(--body-fg); }
input[type="text"], input[type="password"], input[type="email"], input[type="url"], input[type="number"], input[type="search"],
input[type="date"], input[type="datetime-local"], input[type="time"], select, textarea {
  max-width: 100%; padding: 0.4rem 0.55rem; border: 1px solid var(--field-border); border-radius: 4px; background: var(--field-bg); }
input[type="text"], input[type="password"], input[type="email"], input[type="url"], textarea { width: 28rem; }
.aligned input[type="text"], .aligned input[type="url"], .aligned textarea { width: 38rem; } /* Django's vTextField: room for a 200-character title */
textarea { min-height: 7rem; vertical-align: top; }
input[type="checkbox"] { width: 1.05rem; height: 1.05rem; accent-color: var(--primary); vertical-align: middle; }
input:focus-visible, select:focus-visible, textarea:focus-visible { outline: 3px solid var(--focus); outline-offset: 0; border-color: var(--focus); }

.errornote { margin: 0 0 1rem; padding: 0.7rem 1rem; border: 1px solid var(--error); border-radius: var(--radius); background: var(--error-bg); color: var(--error); font-weight: 600; }
ul.errorlist { list-style: none; margin: 0 0 0.35rem; padding: 0; color: var(--error); font-weight: 600; font-size: 0.9rem; }
ul.errorlist li::before { content: "\\2716\\00a0"; }
.errors input, .errors select, .errors textarea { border-color: var(--error); box-shadow: 0 0 0 1px var(--error); }

fieldset { min-width: 0; margin: 0 0 1.5rem; padding: 0; border: 1px solid var(--border); }
fieldset.module > h2 { margin: 0; }
fieldset .description { margin: 0.75rem 0.9rem; color: var(--body-quiet); }
details.collapse > summary { list-style: none; cursor: pointer; }
details.collapse > summary h2::before { content: "\\25B8 "; }
details.collapse[open] > summary h2::before { content: "\\25BE "; }
.form-row { padding: 0.75rem 0.9rem; border-bottom: 1px solid var(--border); }
.form-row:last-child { border-bottom: 0; }
.aligned .form-row > div, .aligned .fieldBox { display: grid; grid-template-columns: 11rem minmax(0, 1fr); column-gap: 1rem; align-items: start; }
.aligned label { padding-top: 0.4rem; color: var(--body-fg); overflow-wrap: anywhere; }
.aligned label.required, th.required { font-weight: 700; }
.aligned .field-box-body { min-width: 0; }
.aligned .checkbox-row { display: flex; gap: 0.5rem; align-items: center; }
.aligned .checkbox-row label { padding-top: 0; }
.aligned .help { margin-top: 0.3rem; font-size: 0.85rem; }
.aligned .help ul { margin: 0.3rem 0 0; }
.aligned .readonly { padding-top: 0.4rem; overflow-wrap: anywhere; }
.form-multiline { display: flex; flex-wrap: wrap; gap: 1rem 2rem; }
.aligned .form-multiline > .fieldBox { grid-template-columns: auto minmax(0, 1fr); }
.related-widget-wrapper { display: flex; gap: 0.5rem; align-items: center; flex-wrap: wrap; }
.vForeignKeyRawIdAdminField { width: 8rem !important; }
.raw-id-label { color: var(--body-quiet); font-size: 0.9rem; }

.inline-group { margin: 0 0 1.5rem; border: 1px solid var(--border); border-radius: var(--radius); overflow: hidden; background: var(--module-bg); }
.inline-group fieldset.module { margin: 0; border: 0; border-radius: 0; }
.inline-group table { width: 100%; }
.inline-group thead th { text-transform: none; letter-spacing: 0; font-size: 0.85rem; }
.inline-group td { vertical-align: top; }
/* As in Django, a saved row's name is a caption above its inputs, not a column of its own. */
.inline-group tbody tr { position: relative; }
.inline-group th.original, .inline-group td.original { width: 0; padding: 0; }
.inline-group tr.has_original td { padding-top: 1.9rem; }
.inline-group td.original p { position: absolute; top: 0.45rem; left: 0; right: 0; margin: 0; padding: 0 0.75rem; overflow: hidden;
  white-space: nowrap; text-overflow: ellipsis; font-size: 0.8rem; color: var(--body-quiet); }
.inline-group td input[type="text"], .inline-group td textarea { width: 100%; min-width: 8rem; }
.inline-group td input[type="number"] { width: 6rem; }
.inline-group th.delete, .inline-group td.delete { width: 1%; white-space: nowrap; text-align: center; }
.inline-group td.delete input { margin-top: 0.55rem; } /* level with the middle of the row's inputs */
.inline-group .add-row td { padding: 0.6rem 0.75rem; }

.submit-row { display: flex; flex-wrap: wrap; gap: 0.6rem; align-items: center; margin: 0 0 1.5rem;
  padding: 0.8rem 0.9rem; border: 1px solid var(--border); border-radius: var(--radius); background: var(--row-alt); }
.submit-row .deletelink-box { margin: 0 0 0 auto; }
.submit-row a.deletelink { display: inline-block; padding: 0.55rem 1rem; border-radius: var(--radius); background: var(--delete-bg); color: #fff; font-weight: 600; font-size: 0.9rem; }
.submit-row a.deletelink, .submit-row a.deletelink:hover { text-decoration: none; }
.submit-row a.deletelink:hover { background: var(--delete-hover); }
.submit-row a.deletelink::before { content: none; }

.delete-confirmation ul.deleted-objects { margin-bottom: 1.25rem; }
.delete-confirmation ul.deleted-objects ul { margin: 0.2rem 0; }
.delete-confirmation form div { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; }
.delete-confirmation h2 { font-size: 1.1rem; }

body.login { background: var(--row-alt); }
.login #container { max-width: 28rem; margin: 8vh auto 2rem; background: var(--module-bg); border: 1px solid var(--border);
  border-radius: var(--radius); box-shadow: 0 4px 18px rgba(0, 0, 0, 0.12); overflow: hidden; }
.login #header { justify-content: center; padding: 1rem 1.5rem; }
.login #site-name { font-size: 1.35rem; text-align: center; }
.login .content { padding: 1.5rem; }
.login .form-row { padding: 0 0 1rem; border: 0; }
.login .form-row label { display: block; margin-bottom: 0.3rem; font-weight: 600; }
.login .form-row input { width: 100%; }
.login .submit-row { margin: 0.5rem 0 0; padding: 0; border: 0; background: none; }
.login .submit-row input { width: 100%; padding: 0.7rem; }
.login .password-reset-link { text-align: center; }

@media (max-width: 1024px) {
  #header, .breadcrumbs { padding-left: 1.25rem; padding-right: 1.25rem; }
  .content { padding: 1.25rem 1.25rem 2.5rem; }
  #changelist-wrapper { flex-direction: column-reverse; align-items: stretch; }
  #changelist-filter { position: static; flex-basis: auto; margin-bottom: 0; }
  #content-related { flex-basis: 100%; }
}
@media (max-width: 767px) {
  body { font-size: 15px; }
  #header { flex-direction: column; align-items: flex-start; padding: 0.75rem 1rem; }
  #user-tools { text-align: left; }
  .breadcrumbs { padding: 0.5rem 1rem; }
  .content { padding: 1rem 1rem 2rem; }
  h1 { font-size: 1.35rem; }
  .object-tools { margin: 0 0 1rem; justify-content: flex-start; }
  .aligned .form-row > div, .aligned .fieldBox { grid-template-columns: minmax(0, 1fr); }
  .aligned label { padding-top: 0; margin-bottom: 0.3rem; }
  input[type="text"], input[type="password"], input[type="email"], input[type="url"], textarea, select { width: 100%; }
  #searchbar { flex: 1 1 0; width: auto; min-width: 0; }
  .submit-row { justify-content: stretch; }
  .submit-row input, .submit-row .deletelink-box, .submit-row a.deletelink { flex: 1 1 100%; width: 100%; text-align: center; }
  .submit-row .deletelink-box { order: 10; margin: 0; }
  .inline-group .table-scroll td:not(.original):not(.delete) { min-width: 8rem; }
  .login #container { margin-top: 0; border-radius: 0; border-left: 0; border-right: 0; }
}
`;
