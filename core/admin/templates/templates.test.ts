import { describe, expect, it } from "vitest";
import { TemplateEngine } from "../../templates/engine.ts";
import { ADMIN_TEMPLATES, adminTemplateLoader } from "./all.ts";

describe("the admin's templates", () => {
  it("all compile, and every template they extend or include exists", () => {
    const engine = new TemplateEngine({ templates: {}, loaders: [adminTemplateLoader], globals: { url: () => "/" } });
    expect(engine.names()).toEqual(Object.keys(ADMIN_TEMPLATES).sort());
    expect(engine.compileAll()).toEqual([]);
  });

  it("a project overrides one by defining a template of the same name", () => {
    const engine = new TemplateEngine({
      templates: { "admin/base_site.html": `{% extends "admin/base.html" %}{% block branding %}<b>My site</b>{% endblock %}` },
      loaders: [adminTemplateLoader],
      globals: { url: () => "/admin/" },
    });
    const html = engine.render("registration/password_change_done.html", { has_permission: false });
    expect(html).toContain("<b>My site</b>");
    expect(html).toContain("Your password was changed.");
  });
});
