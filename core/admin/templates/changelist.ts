/**
 * The changelist: object tools ("Add question"), the search bar with the result count, the
 * date hierarchy, the actions bar, the result table with sortable headers, the paginator, and
 * the filters sidebar. `cl` is the view's ChangeList (see core/admin/changelist/).
 */
export const changelistTemplates: Record<string, string> = {
  "admin/change_list.html": `{% extends "admin/base_site.html" %}
{% block bodyclass %}app-{{ opts.appLabel }} model-{{ opts.modelName }} change-list{% endblock %}
{% block breadcrumbs %}<div class="breadcrumbs"><a href="{{ url('admin:index') }}">Home</a> &rsaquo; <a href="{{ app_url }}">{{ app_name }}</a> &rsaquo; {{ cl.verboseNamePlural }}</div>{% endblock %}
{% block coltype %}flex{% endblock %}
{% block content %}
<div id="content-main">
  {% block object_tools %}{% if add_url %}<ul class="object-tools"><li><a href="{{ add_url }}" class="addlink">Add {{ opts.verboseName }}</a></li></ul>{% endif %}{% endblock %}
  <div id="changelist-wrapper">
  <div class="module{% if cl.filterSpecs.length %} filtered{% endif %}" id="changelist">
    {% include "admin/search_form.html" %}
    {% include "admin/date_hierarchy.html" %}
    <form id="changelist-form" method="post" novalidate>{% csrf_token %}
    {% if action_choices.length and cl.resultCount %}{% include "admin/actions.html" %}{% endif %}
    {% include "admin/change_list_results.html" %}
    {% include "admin/pagination.html" %}
    </form>
  </div>
  {% if cl.filterSpecs.length %}{% include "admin/filters.html" %}{% endif %}
  </div>
</div>
{% endblock %}
{% block extrabody %}<script src="{{ admin_js_url }}" defer></script>{% endblock %}
`,
  "admin/search_form.html": `{% if cl.searchEnabled %}
<div id="toolbar"><form id="changelist-search" method="get" role="search">
  <label for="searchbar"><span class="visually-hidden">Search {{ cl.verboseNamePlural | lower }}</span></label>
  <input type="search" size="40" name="q" value="{{ cl.query }}" id="searchbar" aria-label="Search">
  <input type="submit" value="Search">
  {% if cl.showResultCount %}<span class="small quiet">{{ cl.resultCountText }} (<a href="{{ cl.fullResultUrl }}">{{ cl.fullResultCountText }}</a>)</span>{% endif %}
  {% for pair in cl.searchHiddenParams %}<input type="hidden" name="{{ pair[0] }}" value="{{ pair[1] }}">{% endfor %}
</form></div>
{% endif %}`,
  "admin/date_hierarchy.html": `{% if cl.dateHierarchy %}
<nav class="xfull" aria-label="Dates"><ul class="date-hierarchy">
  {% if cl.dateHierarchy.back %}<li class="date-back"><a href="{{ cl.dateHierarchy.back.link }}">{{ cl.dateHierarchy.back.title }}</a></li>{% endif %}
  {% for choice in cl.dateHierarchy.choices %}<li>{% if choice.link %}<a href="{{ choice.link }}">{{ choice.title }}</a>{% else %}{{ choice.title }}{% endif %}</li>{% endfor %}
</ul></nav>
{% endif %}`,
  "admin/actions.html": `<div class="actions">
  <label>Action: <select name="action" required>
    <option value="" selected>---------</option>
    {% for choice in action_choices %}<option value="{{ choice[0] }}">{{ choice[1] }}</option>{% endfor %}
  </select></label>
  <input type="hidden" name="select_across" value="0" class="select-across">
  <button type="submit" class="button" title="Run the selected action" name="index" value="0">Go</button>
  <span class="action-counter" data-actions-icnt="{{ cl.resultCountOnPage }}">0 of {{ cl.resultCountOnPage }} selected</span>
</div>`,
  "admin/change_list_results.html": `{% if cl.results.length %}
<div class="results table-scroll">
<table id="result_list">
<thead><tr>
{% if action_choices.length %}<th scope="col" class="action-checkbox-column"><span class="visually-hidden">Select all</span><input type="checkbox" id="action-toggle" aria-label="Select all objects on this page for an action" hidden></th>{% endif %}
{% for header in cl.headers %}<th scope="col" class="{{ header.className }}{% if header.sorted %} sorted {% if header.ascending %}ascending{% else %}descending{% endif %}{% endif %}"{% if header.sorted %} aria-sort="{% if header.ascending %}ascending{% else %}descending{% endif %}"{% endif %}>
  {% if header.sortable %}<a href="{{ header.urlPrimary }}">{{ header.text }}</a>{% else %}<span>{{ header.text }}</span>{% endif %}
  {% if header.sorted %}<span class="sortoptions">
    <a href="{{ header.urlToggle }}" class="toggle" title="Toggle sorting">{% if header.ascending %}&#x25B2;{% else %}&#x25BC;{% endif %}</a>
    {% if cl.sortCount > 1 %}<span class="sortpriority" title="Sorting priority: {{ header.sortPriority }}">{{ header.sortPriority }}</span>{% endif %}
    <a class="sortremove" href="{{ header.urlRemove }}" title="Remove from sorting">&#x2715;</a>
  </span>{% endif %}
</th>{% endfor %}
</tr></thead>
<tbody>
{% for row in cl.results %}
<tr>{% if action_choices.length %}<td class="action-checkbox"><input type="checkbox" name="_selected_action" value="{{ row.pk }}" class="action-select" aria-label="Select this object for an action - {{ row.label }}"></td>{% endif %}
{% for cell in row.cells %}{% if cell.isLink %}<th scope="row" class="{{ cell.className }}"><a href="{{ row.url }}">{{ cell.text }}</a></th>{% elif cell.isBoolean %}<td class="{{ cell.className }}">{% if cell.boolean === true %}<span class="boolean yes" role="img" aria-label="Yes">&#x2714;</span>{% elif cell.boolean === false %}<span class="boolean no" role="img" aria-label="No">&#x2716;</span>{% else %}<span class="boolean unknown" role="img" aria-label="Unknown">?</span>{% endif %}</td>{% else %}<td class="{{ cell.className }}">{{ cell.text }}</td>{% endif %}{% endfor %}
</tr>
{% endfor %}
</tbody>
</table>
</div>
{% else %}<p class="no-results">0 {{ cl.verboseNamePlural }}</p>{% endif %}`,
  "admin/pagination.html": `<nav class="paginator" aria-label="Pagination">
{% if cl.multiPage %}{% for item in cl.pageRange %}{% if item.ellipsis %}<span class="end">…</span>{% elif item.current %}<span class="this-page" aria-current="page">{{ item.number }}</span>{% else %}<a href="{{ item.url }}"{% if item.last %} class="end"{% endif %}>{{ item.number }}</a>{% endif %}{% endfor %}{% endif %}
<span class="result-count">{{ cl.paginationText }}</span>
{% if cl.showAllUrl %}<a href="{{ cl.showAllUrl }}" class="showall">Show all</a>{% endif %}
</nav>`,
  "admin/filters.html": `<nav id="changelist-filter" class="module" aria-labelledby="changelist-filter-header">
  <h2 id="changelist-filter-header">Filter</h2>
  {% if cl.hasActiveFilters %}<div id="changelist-filter-extra-actions"><a href="{{ cl.clearAllFiltersUrl }}">&#x2716; Clear all filters</a></div>{% endif %}
  {% for spec in cl.filterSpecs %}
  <details data-filter-title="{{ spec.title }}" open>
    <summary><h3>By {{ spec.title }}</h3></summary>
    <ul>{% for choice in spec.choices %}<li{% if choice.selected %} class="selected"{% endif %}><a href="{{ choice.url }}"{% if choice.selected %} aria-current="true"{% endif %}>{{ choice.display }}</a></li>{% endfor %}</ul>
  </details>
  {% endfor %}
</nav>`,
};
