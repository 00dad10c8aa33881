/**
 * The admin's other pages: delete confirmations (listing everything the cascade deletes, with a
 * summary), an object's history, the login page, the logged-out page and the password change.
 */
export const pageTemplates: Record<string, string> = {
  "admin/includes/object_delete_summary.html": `<h2>Summary</h2>
<ul>{% for item in model_count %}<li>{{ item.name }}: {{ item.count }}</li>{% endfor %}</ul>`,
  "admin/includes/deleted_objects.html": `<ul class="deleted-objects">{% for item in items %}<li>{% if item.url %}{{ item.typeName }}: <a href="{{ item.url }}">{{ item.label }}</a>{% else %}{{ item.typeName }}: {{ item.label }}{% endif %}{% if item.children.length %}{% set items = item.children %}{% include "admin/includes/deleted_objects.html" %}{% endif %}</li>{% endfor %}</ul>`,
  "admin/delete_confirmation.html": `{% extends "admin/base_site.html" %}
{% block bodyclass %}app-{{ opts.appLabel }} model-{{ opts.modelName }} delete-confirmation{% endblock %}
{% block breadcrumbs %}<div class="breadcrumbs"><a href="{{ url('admin:index') }}">Home</a> &rsaquo; <a href="{{ app_url }}">{{ app_name }}</a> &rsaquo; <a href="{{ changelist_url }}">{{ verbose_name_plural }}</a> &rsaquo; <a href="{{ change_url }}">{{ object_label }}</a> &rsaquo; Delete</div>{% endblock %}
{% block content %}<div id="content-main" class="delete-confirmation">
{% if perms_lacking.length %}
  <p>Deleting the {{ object_name }} “{{ object_label }}” would result in deleting related objects, but your account doesn’t have permission to delete the following types of objects:</p>
  <ul>{% for name in perms_lacking %}<li>{{ name }}</li>{% endfor %}</ul>
{% elif protected.length %}
  <p>Deleting the {{ object_name }} “{{ object_label }}” would require deleting the following protected related objects:</p>
  <ul>{% for item in protected %}<li>{{ item }}</li>{% endfor %}</ul>
{% else %}
  <p>Are you sure you want to delete the {{ object_name }} “{{ object_label }}”? All of the following related items will be deleted:</p>
  {% include "admin/includes/object_delete_summary.html" %}
  <h2>Objects</h2>
  {% set items = deleted_objects %}{% include "admin/includes/deleted_objects.html" %}
  <form method="post">{% csrf_token %}
  <div>
    <input type="hidden" name="post" value="yes">
    <input type="submit" value="Yes, I’m sure" class="danger">
    <a href="{{ change_url }}" class="button cancel-link">No, take me back</a>
  </div>
  </form>
{% endif %}
</div>{% endblock %}
`,
  "admin/delete_selected_confirmation.html": `{% extends "admin/base_site.html" %}
{% block bodyclass %}app-{{ opts.appLabel }} model-{{ opts.modelName }} delete-confirmation delete-selected-confirmation{% endblock %}
{% block breadcrumbs %}<div class="breadcrumbs"><a href="{{ url('admin:index') }}">Home</a> &rsaquo; <a href="{{ app_url }}">{{ app_name }}</a> &rsaquo; <a href="{{ changelist_url }}">{{ verbose_name_plural }}</a> &rsaquo; Delete multiple objects</div>{% endblock %}
{% block content %}<div id="content-main" class="delete-confirmation">
{% if perms_lacking.length %}
  <p>Deleting the selected {{ objects_name }} would result in deleting related objects, but your account doesn’t have permission to delete the following types of objects:</p>
  <ul>{% for name in perms_lacking %}<li>{{ name }}</li>{% endfor %}</ul>
{% elif protected.length %}
  <p>Deleting the selected {{ objects_name }} would require deleting the following protected related objects:</p>
  <ul>{% for item in protected %}<li>{{ item }}</li>{% endfor %}</ul>
{% else %}
  <p>Are you sure you want to delete the selected {{ objects_name }}? All of the following objects and their related items will be deleted:</p>
  {% include "admin/includes/object_delete_summary.html" %}
  <h2>Objects</h2>
  {% set items = deleted_objects %}{% include "admin/includes/deleted_objects.html" %}
  <form method="post">{% csrf_token %}
  <div>
    {% for pk in selected_pks %}<input type="hidden" name="_selected_action" value="{{ pk }}">{% endfor %}
    <input type="hidden" name="action" value="delete_selected">
    <input type="hidden" name="post" value="yes">
    <input type="submit" value="Yes, I’m sure" class="danger">
    <a href="{{ changelist_url }}" class="button cancel-link">No, take me back</a>
  </div>
  </form>
{% endif %}
</div>{% endblock %}
`,
  "admin/object_history.html": `{% extends "admin/base_site.html" %}
{% block bodyclass %}app-{{ opts.appLabel }} model-{{ opts.modelName }} object-history{% endblock %}
{% block breadcrumbs %}<div class="breadcrumbs"><a href="{{ url('admin:index') }}">Home</a> &rsaquo; <a href="{{ app_url }}">{{ app_name }}</a> &rsaquo; <a href="{{ changelist_url }}">{{ verbose_name_plural }}</a> &rsaquo; <a href="{{ change_url }}">{{ object_label }}</a> &rsaquo; History</div>{% endblock %}
{% block content %}<div id="content-main">
<div class="module">
{% if action_list.length %}
  <div class="table-scroll"><table id="change-history">
    <thead><tr><th scope="col">Date/time</th><th scope="col">User</th><th scope="col">Action</th></tr></thead>
    <tbody>{% for action in action_list %}<tr><th scope="row"><time datetime="{{ action.isoTime }}">{{ action.time }}</time></th><td>{{ action.user }}</td><td>{{ action.message }}</td></tr>{% endfor %}</tbody>
  </table></div>
{% else %}
  <p>This object doesn’t have a change history. It probably wasn’t added via this admin site.</p>
{% endif %}
</div>
</div>{% endblock %}
`,
  "admin/login.html": `{% extends "admin/base_site.html" %}
{% block bodyclass %}login{% endblock %}
{% block usertools %}{% endblock %}
{% block nav_breadcrumbs %}{% endblock %}
{% block content_title %}{% endblock %}
{% block content %}
{% if form.errors.length or form.nonFieldErrors().length %}<p class="errornote">{% if form.nonFieldErrors().length %}{% for error in form.nonFieldErrors() %}{{ error }}{% endfor %}{% else %}Please correct the error below.{% endif %}</p>{% endif %}
<div id="content-main">
{% if user_is_authenticated %}<p class="errornote">You are authenticated as {{ user_display_name }}, but are not authorized to access this page. Would you like to login to a different account?</p>{% endif %}
<form method="post" id="login-form" novalidate>{% csrf_token %}
  <div class="form-row">{{ form.username.errors }}{{ form.username.labelTag() }} {{ form.username }}</div>
  <div class="form-row">{{ form.password.errors }}{{ form.password.labelTag() }} {{ form.password }}<input type="hidden" name="next" value="{{ next }}"></div>
  <div class="submit-row"><input type="submit" value="Log in" class="default"></div>
</form>
</div>
{% endblock %}
`,
  "registration/logged_out.html": `{% extends "admin/base_site.html" %}
{% block breadcrumbs %}<div class="breadcrumbs"><a href="{{ url('admin:index') }}">Home</a></div>{% endblock %}
{% block content %}
<p>Thanks for spending some quality time with the web site today.</p>
<p><a href="{{ url('admin:index') }}">Log in again</a></p>
{% endblock %}
`,
  "registration/password_change_form.html": `{% extends "admin/base_site.html" %}
{% block bodyclass %}password-change{% endblock %}
{% block breadcrumbs %}<div class="breadcrumbs"><a href="{{ url('admin:index') }}">Home</a> &rsaquo; Password change</div>{% endblock %}
{% block content %}<div id="content-main">
<form method="post" novalidate>{% csrf_token %}
<div>
{% if form.errors.length %}<p class="errornote">{% if form.errors.length == 1 %}Please correct the error below.{% else %}Please correct the errors below.{% endif %}</p>{% endif %}
{{ form.nonFieldErrors() }}
<p>Please enter your old password, for security’s sake, and then enter your new password twice so we can verify you typed it in correctly.</p>
<fieldset class="module aligned wide">
{% for name in ["oldPassword", "newPassword1", "newPassword2"] %}{% set field = form.field(name) %}
<div class="form-row{% if field.errors.length %} errors{% endif %}"><div>{{ field.labelTag() }}<div class="field-box-body">{{ field.errors }}{{ field }}{% if field.helpText %}<div class="help" id="{{ field.autoId }}_helptext">{{ field.helpText }}</div>{% endif %}</div></div></div>
{% endfor %}
</fieldset>
<div class="submit-row"><input type="submit" value="Change my password" class="default"></div>
</div>
</form></div>{% endblock %}
`,
  "registration/password_change_done.html": `{% extends "admin/base_site.html" %}
{% block breadcrumbs %}<div class="breadcrumbs"><a href="{{ url('admin:index') }}">Home</a> &rsaquo; Password change</div>{% endblock %}
{% block content %}<p>Your password was changed.</p>{% endblock %}
`,
  "admin/includes/password_fields.html": `{% if error_count %}<p class="errornote">{% if error_count == 1 %}Please correct the error below.{% else %}Please correct the errors below.{% endif %}</p>{% endif %}
{{ form.nonFieldErrors() }}
<fieldset class="module aligned">
{% for name in names %}{% set field = form.field(name) %}
<div class="form-row{% if field.errors.length %} errors{% endif %}"><div>{{ field.labelTag() }}<div class="field-box-body">{{ field.errors }}{{ field }}{% if field.helpText %}<div class="help" id="{{ field.autoId }}_helptext">{{ field.helpText }}</div>{% endif %}</div></div></div>
{% endfor %}
</fieldset>`,
  "admin/auth/user/add_form.html": `{% extends "admin/base_site.html" %}
{% block bodyclass %}app-auth model-user change-form{% endblock %}
{% block breadcrumbs %}<div class="breadcrumbs"><a href="{{ url('admin:index') }}">Home</a> &rsaquo; <a href="{{ app_url }}">{{ app_name }}</a> &rsaquo; <a href="{{ changelist_url }}">Users</a> &rsaquo; Add user</div>{% endblock %}
{% block content %}<div id="content-main">
<form method="post" id="user_form" novalidate>{% csrf_token %}
<p>First, enter a username and password. Then, you’ll be able to edit more user options.</p>
{% set names = ["username", "password1", "password2"] %}{% include "admin/includes/password_fields.html" %}
<div class="submit-row"><input type="submit" value="Save" class="default" name="_save"></div>
</form></div>{% endblock %}
`,
  "admin/auth/user/change_password.html": `{% extends "admin/base_site.html" %}
{% block bodyclass %}app-auth model-user change-password{% endblock %}
{% block breadcrumbs %}<div class="breadcrumbs"><a href="{{ url('admin:index') }}">Home</a> &rsaquo; <a href="{{ app_url }}">{{ app_name }}</a> &rsaquo; <a href="{{ changelist_url }}">{{ verbose_name_plural }}</a> &rsaquo; <a href="{{ change_url }}">{{ original_label }}</a> &rsaquo; Change password</div>{% endblock %}
{% block content %}<div id="content-main">
<form method="post" id="user_form" novalidate>{% csrf_token %}
<p>Enter a new password for the user <strong>{{ original_label }}</strong>.</p>
{% set names = ["password1", "password2"] %}{% include "admin/includes/password_fields.html" %}
<div class="submit-row"><input type="submit" value="Change password" class="default"></div>
</form></div>{% endblock %}
`,
};
