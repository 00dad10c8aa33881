import { describe, expect, it } from "vitest";
import { App, DEFAULT_MIDDLEWARE, ImproperlyConfigured } from "./index.ts";

describe("settings", () => {
  it("fills in Django's defaults", () => {
    const app = new App({ DEBUG: true });
    expect(app.settings.APPEND_SLASH).toBe(true);
    expect(app.settings.ALLOWED_HOSTS).toEqual(["localhost", "127.0.0.1", "[::1]"]);
    expect(app.settings.STATIC_URL).toBe("/static/");
    expect(app.settings.SCRIPT_NAME).toBe("");
    expect(app.settings.DATA_UPLOAD_MAX_MEMORY_SIZE).toBe(2_621_440);
    expect(app.settings.MIDDLEWARE).toEqual([...DEFAULT_MIDDLEWARE]);
    expect(app.settings.X_FRAME_OPTIONS).toBe("DENY");
  });

  it("names an unknown key and suggests the closest one", () => {
    expect(() => new App({ DEBGU: true } as never)).toThrow(ImproperlyConfigured);
    expect(() => new App({ DEBGU: true } as never)).toThrow("Unknown setting DEBGU. Did you mean DEBUG?");
    expect(() => new App({ DEBUG: true, FOO_BAR_BAZ: 1 } as never)).toThrow(/^Unknown setting FOO_BAR_BAZ\.$/);
  });

  it("names a key with the wrong type", () => {
    expect(() => new App({ DEBUG: "yes" } as never)).toThrow('Setting DEBUG must be a boolean; got "yes".');
    expect(() => new App({ DEBUG: true, ALLOWED_HOSTS: "localhost" } as never)).toThrow(/ALLOWED_HOSTS must be an array/);
    expect(() => new App({ DEBUG: true, TEMPLATES: { "a.html": 3 } } as never)).toThrow(/TEMPLATES must be an object/);
    expect(() => new App({ DEBUG: true, STATIC_URL: "/static" })).toThrow(/STATIC_URL must be a string ending in "\/"/);
    expect(() => new App({ DEBUG: true, SCRIPT_NAME: "/x/" })).toThrow(/SCRIPT_NAME/);
    expect(() => new App({ DEBUG: true, MIDDLEWARE: ["x"] } as never)).toThrow(/MIDDLEWARE must be an array of middleware/);
  });

  it("requires ALLOWED_HOSTS without DEBUG", () => {
    expect(() => new App({})).toThrow(/ALLOWED_HOSTS is required when DEBUG is false/);
    expect(new App({ ALLOWED_HOSTS: ["example.com"] }).settings.DEBUG).toBe(false);
  });

  it("rejects a settings value that is not an object", () => {
    expect(() => new App(null as never)).toThrow(/settings must be an object/);
  });

  it("keeps settings frozen, and configure() validates overrides", () => {
    const app = new App({ DEBUG: true });
    expect(Object.isFrozen(app.settings)).toBe(true);
    app.configure({ SCRIPT_NAME: "/preview/abc" });
    expect(app.settings.SCRIPT_NAME).toBe("/preview/abc");
    expect(app.settings.DEBUG).toBe(true);
    expect(() => app.configure({ SCRIPT_NAME: "nope" })).toThrow(/SCRIPT_NAME/);
  });
});
