/** The template workload shared by the benchmarks: inheritance and a loop over 20 escaped items. */
export const PAGE_TEMPLATES: Record<string, string> = {
  "base.html": `<!doctype html><html><head><title>{% block title %}{% endblock %}</title></head><body>{% block body %}{% endblock %}</body></html>`,
  "page.html": `{% extends "base.html" %}{% block title %}Items{% endblock %}{% block body %}<h1>{{ heading }}</h1><ul>{% for item in items %}<li>{{ item.name }} — {{ item.note }}</li>{% endfor %}</ul>{% endblock %}`,
};

/** Twenty items whose text needs escaping, so autoescape does real work. */
export function pageContext() {
  return {
    heading: "Items & <things>",
    items: Array.from({ length: 20 }, (_, i) => ({ name: `Item <${i}>`, note: `"quoted" & 'single' ${i}` })),
  };
}
