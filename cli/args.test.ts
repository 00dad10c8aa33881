import { describe, expect, it } from "vitest";
import { helpText, parseAddress, parseCommandLine, UsageError } from "./args.ts";

describe("parseCommandLine", () => {
  it("defaults to app.ts on 127.0.0.1:8000", () => {
    const args = parseCommandLine(["runserver"]);
    expect(args).toMatchObject({ command: "runserver", file: "app.ts", address: { host: "127.0.0.1", port: 8000 }, reload: true });
  });

  it("takes a file and an address in either order", () => {
    expect(parseCommandLine(["runserver", "blog.ts", "0.0.0.0:8080"])).toMatchObject({ file: "blog.ts", address: { host: "0.0.0.0", port: 8080 } });
    expect(parseCommandLine(["serve", "9000", "site/blog.ts"])).toMatchObject({ file: "site/blog.ts", address: { host: "127.0.0.1", port: 9000 } });
  });

  it("reads serve's options", () => {
    const args = parseCommandLine(["serve", "app.ts", "-w", "3", "--timeout", "2.5", "--headers-timeout", "1", "--max-header-size", "8192", "--static", "a", "--static", "b"]);
    expect(args).toMatchObject({ workers: 3, timeout: 2.5, headersTimeout: 1, maxHeaderSize: 8192, staticDirs: ["a", "b"] });
  });

  it("reads runserver's --noreload and new's --force", () => {
    expect(parseCommandLine(["runserver", "--noreload"]).reload).toBe(false);
    expect(parseCommandLine(["new", "x.ts", "--force"])).toMatchObject({ command: "new", file: "x.ts", force: true });
  });

  it("reads test's -k patterns and --verbose", () => {
    expect(parseCommandLine(["test", "blog.ts", "-k", "login", "-k", "post*"])).toMatchObject({ command: "test", file: "blog.ts", patterns: ["login", "post*"], verbose: false });
    expect(parseCommandLine(["test", "-v"])).toMatchObject({ file: "app.ts", patterns: [], verbose: true });
    expect(() => parseCommandLine(["test", "-k"])).toThrow(UsageError);
  });

  it("reads createsuperuser's --username, --email and --noinput (or --no-input)", () => {
    expect(parseCommandLine(["createsuperuser", "polls.ts"])).toMatchObject({ command: "createsuperuser", file: "polls.ts", interactive: true });
    const scripted = parseCommandLine(["createsuperuser", "--username", "admin", "--email", "a@example.com", "--noinput"]);
    expect(scripted).toMatchObject({ file: "app.ts", username: "admin", email: "a@example.com", interactive: false });
    expect(parseCommandLine(["createsuperuser", "--no-input"]).interactive).toBe(false);
    expect(() => parseCommandLine(["createsuperuser", "--password", "x"])).toThrow(UsageError);
  });

  it("turns --help into help for that command", () => {
    expect(parseCommandLine(["serve", "--help"])).toMatchObject({ command: "help", topic: "serve" });
    expect(parseCommandLine(["help", "routes"])).toMatchObject({ command: "help", topic: "routes" });
    expect(parseCommandLine([])).toMatchObject({ command: "help" });
    expect(parseCommandLine(["--version"]).command).toBe("version");
  });

  it("rejects unknown commands, options and bad values with a usage error", () => {
    expect(() => parseCommandLine(["runsever"])).toThrow(/Unknown command "runsever".*runserver/);
    expect(() => parseCommandLine(["serve", "--wokers", "2"])).toThrow(UsageError);
    expect(() => parseCommandLine(["serve", "--workers", "0"])).toThrow(/--workers needs a whole number/);
    expect(() => parseCommandLine(["serve", "--timeout", "soon"])).toThrow(/--timeout needs a number of seconds/);
    expect(() => parseCommandLine(["check", "a.ts", "b.ts"])).toThrow(/Unexpected argument "b.ts"/);
    expect(() => parseCommandLine(["runserver", "--workers", "2"])).toThrow(UsageError);
    try {
      parseCommandLine(["serve", "--nope"]);
    } catch (error) {
      expect((error as UsageError).command).toBe("serve");
    }
  });
});

describe("parseAddress", () => {
  it("reads a port, host:port and [ipv6]:port", () => {
    expect(parseAddress("8001")).toEqual({ host: "127.0.0.1", port: 8001 });
    expect(parseAddress("localhost:80")).toEqual({ host: "localhost", port: 80 });
    expect(parseAddress("[::1]:8000")).toEqual({ host: "::1", port: 8000 });
  });

  it("rejects ports out of range", () => {
    expect(() => parseAddress("70000")).toThrow(/not a valid port/);
  });
});

describe("helpText", () => {
  it("has an overview naming every command and a text per command", () => {
    for (const command of ["runserver", "serve", "new", "check", "routes", "createsuperuser"] as const) {
      expect(helpText()).toContain(command);
      expect(helpText(command)).toContain(`onefile ${command}`);
    }
  });
});
