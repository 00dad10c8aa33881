/**
 * The add and change pages: fieldsets of aligned rows with each field's errors beside it,
 * read-only fields, tabular inlines for foreign-key children (each cell's input labelled by its
 * column's name, for screen readers), and the submit row ("Save",
 * "Save and add another", "Save and continue editing", "Delete").
 */
export const changeFormTemplates: Record<string, string> = {
  "admin/change_form.html": `{% extends "admin/base_site.html" %}
{% block bodyclass %}app-{{ opts.appLabel }} model-{{ opts.modelName }} change-form{% endblock %}
{% block breadcrumbs %}<div class="breadcrumbs"><a href="{{ url('admin:index') }}">Home</a> &rsaquo; <a href="{{ app_url }}">{{ app_name }}</a> &rsaquo; {% if changelist_url %}<a href="{{ changelist_url }}">{{ verbose_name_plural }}</a>{% else %}{{ verbose_name_plural }}{% endif %} &rsaquo; {% if add %}Add {{ opts.verboseName }}{% else %}{{ original_label }}{% endif %}</div>{% endblock %}
{% block content %}<div id="content-main">
{% block object_tools %}{% if history_url %}<ul class="object-tools"><li><a href="{{ history_url }}" class="historylink">History</a></li></ul>{% endif %}{% endblock %}
<form{% if has_file_field %} enctype="multipart/form-data"{% endif %} method="post" id="{{ opts.modelName }}_form" novalidate>{% csrf_token %}
<div>
{% if error_count %}<p class="errornote">{% if error_count == 1 %}Please correct the error below.{% else %}Please correct the errors below.{% endif %}</p>{{ adminform.form.nonFieldErrors() }}{% endif %}
{% for fieldset in adminform.fieldsets %}{% include "admin/includes/fieldset.html" %}{% endfor %}
{% for inline in inline_admin_formsets %}{% include "admin/edit_inline/tabular.html" %}{% endfor %}
{% include "admin/submit_line.html" %}
</div>
</form></div>
{% endblock %}
{% block extrabody %}<script src="{{ admin_js_url }}" defer></script>{% endblock %}
`,
  "admin/includes/fieldset.html": `{% if fieldset.collapsed %}<details class="collapse module aligned {{ fieldset.classes }}"><summary>{% if fieldset.name %}<h2>{{ fieldset.name }}</h2>{% endif %}</summary><fieldset>{% else %}<fieldset class="module aligned {{ fieldset.classes }}">{% if fieldset.name %}<h2>{{ fieldset.name }}</h2>{% endif %}{% endif %}
  {% if fieldset.description %}<div class="description">{{ fieldset.description }}</div>{% endif %}
  {% for line in fieldset.lines %}
  <div class="form-row{% if line.hasErrors %} errors{% endif %}{% for item in line.fields %} field-{{ item.name }}{% endfor %}">
    {% if line.fields.length > 1 %}<div class="form-multiline">{% endif %}
    {% for item in line.fields %}
    <div class="{% if line.fields.length > 1 %}fieldBox{% endif %}{% if item.isCheckbox %} checkbox-row{% endif %}{% if item.hasErrors %} errors{% endif %}">
      {% if item.isReadonly %}
        <label>{{ item.label }}:</label>
        <div class="field-box-body"><div class="readonly">{{ item.contents }}</div>{% if item.helpText %}<div class="help">{{ item.helpText }}</div>{% endif %}</div>
      {% elif item.isCheckbox %}
        <div class="field-box-body">{{ item.field.errors }}<span class="checkbox-row">{{ item.field }} {{ item.label }}</span>{% if item.helpText %}<div class="help" id="{{ item.field.autoId }}_helptext">{{ item.helpText }}</div>{% endif %}</div>
      {% else %}
        {{ item.label }}
        <div class="field-box-body">{{ item.field.errors }}{% if item.rawIdLabel !== undefined %}<div class="related-widget-wrapper">{{ item.field }} <span class="raw-id-label">{{ item.rawIdLabel }}</span></div>{% else %}{{ item.field }}{% endif %}{% if item.helpText %}<div class="help" id="{{ item.field.autoId }}_helptext">{{ item.helpText }}</div>{% endif %}</div>
      {% endif %}
    </div>
    {% endfor %}
    {% if line.fields.length > 1 %}</div>{% endif %}
  </div>
  {% endfor %}
</fieldset>{% if fieldset.collapsed %}</details>{% endif %}`,
  "admin/edit_inline/tabular.html": `<div class="inline-group" id="{{ inline.prefix }}-group" data-inline-type="tabular" data-inline-prefix="{{ inline.prefix }}" data-add-text="{{ inline.addText }}">
<div class="tabular inline-related">
{{ inline.managementForm }}
<fieldset class="module">
  <h2 id="{{ inline.prefix }}-heading" class="inline-heading">{{ inline.verboseNamePlural }}</h2>
  {{ inline.nonFormErrors }}
  <div class="table-scroll"><table>
    <thead><tr>
      <th class="original"><span class="visually-hidden">Object</span></th>
      {% for header in inline.headers %}<th class="column-{{ header.name }}{% if header.required %} required{% endif %}">{{ header.label }}{% if header.helpText %} <span class="help quiet" title="{{ header.helpText }}">(?)</span>{% endif %}</th>{% endfor %}
      {% if inline.canDelete %}<th class="delete">Delete?</th>{% endif %}
    </tr></thead>
    <tbody>
    {% for row in inline.rows %}
      {% if row.nonFieldErrors.length %}<tr class="row-form-errors"><td colspan="{{ inline.headers.length + 2 }}">{{ row.nonFieldErrors }}</td></tr>{% endif %}
      <tr class="form-row{% if row.original %} has_original{% endif %}" id="{{ inline.prefix }}-{{ loop.index0 }}">
        <td class="original">{% if row.original %}<p>{{ row.originalLabel }}</p>{% endif %}{% for hidden in row.hiddenFields %}{{ hidden }}{% endfor %}</td>
        {% for cell in row.cells %}<td class="field-{{ cell.name }}">{% if cell.isReadonly %}<p>{{ cell.contents }}</p>{% else %}{{ cell.field.errors }}<label><span class="visually-hidden">{{ inline.headers[loop.index0].label }}</span>{{ cell.field }}</label>{% endif %}</td>{% endfor %}
        {% if inline.canDelete %}<td class="delete">{% if row.original %}{{ row.deleteField }}{% endif %}</td>{% endif %}
      </tr>
    {% endfor %}
      <tr class="form-row empty-form" id="{{ inline.prefix }}-empty" hidden>
        <td class="original">{% for hidden in inline.emptyRow.hiddenFields %}{{ hidden }}{% endfor %}</td>
        {% for cell in inline.emptyRow.cells %}<td class="field-{{ cell.name }}">{% if cell.isReadonly %}<p>{{ cell.contents }}</p>{% else %}<label><span class="visually-hidden">{{ inline.headers[loop.index0].label }}</span>{{ cell.field }}</label>{% endif %}</td>{% endfor %}
        {% if inline.canDelete %}<td class="delete"></td>{% endif %}
      </tr>
    </tbody>
  </table></div>
</fieldset>
</div>
</div>`,
  "admin/submit_line.html": `<div class="submit-row">
{% if show_save %}<input type="submit" value="Save" class="default" name="_save">{% endif %}
{% if show_save_and_add_another %}<input type="submit" value="Save and add another" name="_addanother">{% endif %}
{% if show_save_and_continue %}<input type="submit" value="Save and continue editing" name="_continue">{% endif %}
{% if show_close %}<a href="{{ changelist_url }}" class="button cancel-link closelink">Close</a>{% endif %}
{% if show_delete_link %}<p class="deletelink-box"><a href="{{ delete_url }}" class="deletelink">Delete</a></p>{% endif %}
</div>`,
};
