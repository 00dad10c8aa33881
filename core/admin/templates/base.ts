/**
 * The admin's page frame: `admin/base.html` (header with the site name and user tools,
 * breadcrumbs, messages, title, content and sidebar) and `admin/base_site.html`, the one to
 * override for branding, as in Django. Every admin page extends `admin/base_site.html`.
 */
export const baseTemplates: Record<string, string> = {
  "admin/base.html": `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{% block title %}{% endblock %}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, noarchive">
<meta name="color-scheme" content="light dark">
<link rel="stylesheet" href="{{ admin_css_url }}">
{% block extrahead %}{% endblock %}
</head>
<body class="{% block bodyclass %}{% endblock %}">
<a href="#content-start" class="skip-to-content-link">Skip to main content</a>
<div id="container">
{% block header %}
<header id="header">
  <div id="branding">{% block branding %}{% endblock %}</div>
  {% block usertools %}{% if has_permission %}
  <div id="user-tools">
    {% block welcome_msg %}Welcome, <strong>{{ user_display_name }}</strong>.{% endblock %}
    {% block userlinks %}
    {% if site_url %}<a href="{{ site_url }}">View site</a> /{% endif %}
    {% if user_has_usable_password %}<a href="{{ url('admin:password_change') }}">Change password</a> /{% endif %}
    <form id="logout-form" method="post" action="{{ url('admin:logout') }}">{% csrf_token %}<button type="submit">Log out</button></form>
    {% endblock %}
  </div>
  {% endif %}{% endblock %}
</header>
{% endblock %}
{% block nav_breadcrumbs %}
<nav aria-label="Breadcrumbs">
{% block breadcrumbs %}<div class="breadcrumbs"><a href="{{ url('admin:index') }}">Home</a>{% if title %} &rsaquo; {{ title }}{% endif %}</div>{% endblock %}
</nav>
{% endblock %}
<main class="main" id="main">
  <div id="content-start" class="content" tabindex="-1">
    {% block messages %}{% if messages and messages.length %}
    <ul class="messagelist">{% for message in messages %}
      <li class="{{ message.tags }}">{{ message.message }}</li>{% endfor %}
    </ul>{% endif %}{% endblock %}
    <div id="content" class="{% block coltype %}colM{% endblock %}">
      {% block pretitle %}{% endblock %}
      {% block content_title %}{% if title %}<h1>{{ title }}</h1>{% endif %}{% endblock %}
      {% block content_subtitle %}{% if subtitle %}<h2 class="subtitle">{{ subtitle }}</h2>{% endif %}{% endblock %}
      {% block content %}{% block object_tools %}{% endblock %}{% endblock %}
      {% block sidebar %}{% endblock %}
    </div>
    {% block footer %}<footer id="footer"></footer>{% endblock %}
  </div>
</main>
</div>
{% block extrabody %}{% endblock %}
</body>
</html>
`,
  "admin/base_site.html": `{% extends "admin/base.html" %}
{% block title %}{% if subtitle %}{{ subtitle }} | {% endif %}{{ title }} | {{ site_title }}{% endblock %}
{% block branding %}<div id="site-name"><a href="{{ url('admin:index') }}">{{ site_header }}</a></div>{% endblock %}
`,
};
