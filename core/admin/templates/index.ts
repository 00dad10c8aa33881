/**
 * The admin's home page and an app's page: one table per app, one row per model the user may
 * see, with "Add" and "Change" (or "View") links, and the user's recent actions beside them.
 */
export const indexTemplates: Record<string, string> = {
  "admin/app_list.html": `{% if app_list.length %}
<div class="app-list">
{% for app in app_list %}
  <div class="module app-{{ app.appLabel }}{% if app.appUrl == request.path %} current-app{% endif %}">
    <table>
      <caption><a href="{{ app.appUrl }}" class="section" title="Models in the {{ app.name }} application">{{ app.name }}</a></caption>
      <thead class="visually-hidden"><tr><th scope="col">Model name</th><th scope="col">Add link</th><th scope="col">Change or view list link</th></tr></thead>
      <tbody>
      {% for model in app.models %}
        <tr class="model-{{ model.objectName | lower }}">
          <th scope="row" id="{{ app.appLabel }}-{{ model.objectName | lower }}">{% if model.adminUrl %}<a href="{{ model.adminUrl }}">{{ model.name }}</a>{% else %}{{ model.name }}{% endif %}</th>
          <td>{% if model.addUrl %}<a href="{{ model.addUrl }}" class="addlink" aria-describedby="{{ app.appLabel }}-{{ model.objectName | lower }}">Add</a>{% endif %}</td>
          <td>{% if model.adminUrl %}{% if model.viewOnly %}<a href="{{ model.adminUrl }}" class="viewlink" aria-describedby="{{ app.appLabel }}-{{ model.objectName | lower }}">View</a>{% else %}<a href="{{ model.adminUrl }}" class="changelink" aria-describedby="{{ app.appLabel }}-{{ model.objectName | lower }}">Change</a>{% endif %}{% endif %}</td>
        </tr>
      {% endfor %}
      </tbody>
    </table>
  </div>
{% endfor %}
</div>
{% else %}
<p>You don’t have permission to view or edit anything.</p>
{% endif %}
`,
  "admin/index.html": `{% extends "admin/base_site.html" %}
{% block bodyclass %}dashboard{% endblock %}
{% block coltype %}colMS{% endblock %}
{% block nav_breadcrumbs %}{% endblock %}
{% block content %}<div id="content-main">{% include "admin/app_list.html" %}</div>{% endblock %}
{% block sidebar %}
<div id="content-related">
  <div class="module" id="recent-actions-module">
    <h2>Recent actions</h2>
    <h3>My actions</h3>
    {% if not admin_log.length %}<p>None available</p>{% else %}
    <ul class="actionlist">
    {% for entry in admin_log %}
      <li class="{{ entry.actionClass }}">{% if entry.url %}<a href="{{ entry.url }}">{{ entry.objectRepr }}</a>{% else %}{{ entry.objectRepr }}{% endif %}<br><span class="mini quiet">{{ entry.contentTypeName }}</span></li>
    {% endfor %}
    </ul>{% endif %}
  </div>
</div>
{% endblock %}
`,
  "admin/app_index.html": `{% extends "admin/index.html" %}
{% block bodyclass %}app-{{ app_label }} app-index{% endblock %}
{% block nav_breadcrumbs %}<nav aria-label="Breadcrumbs"><div class="breadcrumbs"><a href="{{ url('admin:index') }}">Home</a> &rsaquo; {{ app_list[0].name }}</div></nav>{% endblock %}
{% block sidebar %}{% endblock %}
`,
};
