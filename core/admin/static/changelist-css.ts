/**
 * The admin stylesheet, part 2: the index's app tables, the recent-actions sidebar, and the
 * changelist (search bar, date hierarchy, actions, result table with sortable headers,
 * filters sidebar, paginator).
 */
export const changelistCss = `
.app-list .module table th { width: 60%; font-weight: 500; }
.app-list .module td { white-space: nowrap; text-align: right; }
.app-list .module td a { font-size: 0.85rem; }
.app-list .module caption { caption-side: top; }
#recent-actions-module h3 { margin-top: 0.9rem; }
.actionlist { list-style: none; margin: 0 0.9rem 0.9rem; padding: 0; }
.actionlist li { padding: 0.35rem 0 0.35rem 1.4rem; position: relative; border-bottom: 1px solid var(--border); overflow-wrap: anywhere; }
.actionlist li:last-child { border-bottom: 0; }
.actionlist li::before { position: absolute; left: 0; }

#changelist-wrapper { display: flex; gap: 1.5rem; align-items: flex-start; }
#changelist { flex: 1; min-width: 0; }
#toolbar { display: flex; flex-wrap: wrap; gap: 0.5rem 0.75rem; align-items: center; padding: 0.7rem 0.9rem;
  border-bottom: 1px solid var(--border); background: var(--row-alt); }
#toolbar form { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; flex: 1; min-width: 0; }
#toolbar label { display: contents; } /* it holds only hidden text: no box, so no gap before the search box */
#searchbar { flex: 0 1 22rem; min-width: 10rem; }
#toolbar .small { font-size: 0.85rem; color: var(--body-quiet); }
#toolbar .small a { text-decoration: underline; }
.xfull { width: 100%; }
.xfull .date-hierarchy { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin: 0; padding: 0.6rem 0.9rem;
  border-bottom: 1px solid var(--border); font-size: 0.9rem; }
.date-hierarchy .date-back a::before { content: "\\2039\\00a0"; }

.actions { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 0.75rem; padding: 0.6rem 0.9rem;
  border-bottom: 1px solid var(--border); font-size: 0.9rem; }
.actions label { display: inline-flex; align-items: center; gap: 0.4rem; }
.actions .action-counter { color: var(--body-quiet); }
.actions button { padding: 0.35rem 0.8rem; }

#result_list { width: 100%; }
#result_list thead th { padding-right: 0.9rem; }
#result_list thead th a { color: var(--body-quiet); }
#result_list thead th.sorted a, #result_list thead th a:hover { color: var(--body-loud); text-decoration: none; }
#result_list thead th .sortoptions { display: inline-flex; gap: 0.15rem; margin-left: 0.35rem; font-size: 0.75rem; vertical-align: 0.05em; }
#result_list thead th .sortoptions a { display: inline-block; padding: 0 0.15rem; }
#result_list thead th .sortpriority { color: var(--body-quiet); font-weight: 400; }
#result_list thead th.action-checkbox-column, #result_list td.action-checkbox { width: 1.5rem; padding-right: 0.5rem; }
#result_list tbody tr.selected { background: var(--row-selected); }
#result_list td, #result_list th { overflow-wrap: anywhere; }
#result_list td.nowrap, #result_list th.nowrap { white-space: nowrap; }
#result_list .boolean { font-weight: 700; }
#result_list .boolean.yes { color: #2f8a46; }
#result_list .boolean.no { color: var(--error); }
.paginator { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.35rem; padding: 0.7rem 0.9rem;
  border-top: 1px solid var(--border); font-size: 0.9rem; }
.paginator a, .paginator .this-page, .paginator .end { display: inline-block; min-width: 2rem; padding: 0.2rem 0.45rem;
  border-radius: var(--radius); text-align: center; }
.paginator a { background: var(--row-alt); border: 1px solid var(--border); }
.paginator a:hover { background: var(--primary); color: var(--primary-fg); text-decoration: none; }
.paginator .this-page { background: var(--primary); color: var(--primary-fg); font-weight: 700; }
.paginator .result-count { color: var(--body-quiet); }
.paginator .result-count:not(:first-child) { margin-left: 0.75rem; }
.paginator .showall { margin-left: 0.75rem; }
.no-results { padding: 1rem 0.9rem; color: var(--body-quiet); }

#changelist-filter { flex: 0 0 15rem; position: sticky; top: 1rem; }
#changelist-filter h2 { display: flex; justify-content: space-between; align-items: baseline; }
#changelist-filter h3 { margin: 0.9rem 0.9rem 0.35rem; font-size: 0.8rem; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase; color: var(--body-quiet); }
#changelist-filter details { border-bottom: 1px solid var(--border); }
#changelist-filter details:last-of-type { border-bottom: 0; }
#changelist-filter summary { cursor: pointer; list-style-position: outside; margin-left: 1.8rem; }
#changelist-filter summary h3 { display: inline-block; margin-left: 0; }
#changelist-filter ul { list-style: none; margin: 0 0 0.6rem; padding: 0; }
#changelist-filter li a { display: block; padding: 0.25rem 0.9rem 0.25rem 1.8rem; color: var(--body-fg); overflow-wrap: anywhere; }
#changelist-filter li a:hover { background: var(--row-alt); color: var(--link-hover); text-decoration: none; }
#changelist-filter li.selected a { color: var(--link); font-weight: 600; border-left: 3px solid var(--primary); padding-left: calc(1.8rem - 3px); }
#changelist-filter-extra-actions { padding: 0.6rem 0.9rem; border-top: 1px solid var(--border); font-size: 0.85rem; }
`;
