import { describe, expect, test } from "vitest";
import { MultiValueDict, QueryDict } from "../http/querydict.ts";
import * as forms from "./index.ts";

const ContactForm = forms.Form(
  {
    name: forms.CharField({ maxLength: 100 }),
    email: forms.EmailField(),
    age: forms.IntegerField({ required: false, min: 0 }),
    topic: forms.ChoiceField({ choices: [["bug", "Bug"], ["idea", "Idea"]] }),
  },
  {
    cleanName(value) {
      return value.replace(/\s+/g, " ");
    },
    clean(data) {
      if (data.topic === "bug" && data.age === null) this.addError("age", "Bug reports need an age.");
      if (data.name === "Nobody") throw new forms.ValidationError("Nobody may not write.", { code: "nobody" });
      return data;
    },
  },
);

describe("binding and validation", () => {
  test("an unbound form is not valid, has no errors and no cleanedData", () => {
    const form = new ContactForm();
    expect(form.isBound).toBe(false);
    expect(form.isValid()).toBe(false);
    expect(Object.keys(form.errors)).toEqual([]);
    expect(() => form.cleanedData).toThrow("Form is unbound (it was given no data), so it has no cleanedData.");
  });

  test("valid data from a QueryDict cleans to typed values", () => {
    const form = new ContactForm(new QueryDict("name=Ann++Lee&email=ann@example.com&age=33&topic=idea"));
    expect(form.isBound).toBe(true);
    expect(form.isValid()).toBe(true);
    expect(form.cleanedData).toEqual({ name: "Ann Lee", email: "ann@example.com", age: 33, topic: "idea" });
  });

  test("plain objects, URLSearchParams and FormData all bind", () => {
    const data = { name: "Ann", email: "ann@example.com", topic: "bug", age: "3" };
    const fd = new FormData();
    for (const [k, v] of Object.entries(data)) fd.append(k, v);
    for (const input of [data, new URLSearchParams(data), fd]) {
      const form = new ContactForm(input);
      expect(form.isValid(), JSON.stringify(form.errors)).toBe(true);
      expect(form.cleanedData.age).toBe(3);
    }
  });

  test("field errors collect per field, with codes; invalid fields leave cleanedData", () => {
    const form = new ContactForm({ name: "x".repeat(120), email: "nope", topic: "zzz", age: "-1" });
    expect(form.isValid()).toBe(false);
    expect(Object.keys(form.errors)).toEqual(["name", "email", "age", "topic"]);
    expect(form.errors.name?.[0]).toBe("Ensure this value has at most 100 characters (it has 120).");
    expect([...form.errors.email!]).toEqual(["Enter a valid email address."]);
    expect(form.errors.topic?.messages).toEqual(["Select a valid choice. zzz is not one of the available choices."]);
    expect(form.errors.age?.hasCode("min_value")).toBe(true);
    expect(form.hasError("email", "invalid")).toBe(true);
    expect(form.hasError("email", "required")).toBe(false);
    expect(form.cleanedData).toEqual({});
  });

  test("required fields report Django's message", () => {
    const form = new ContactForm({});
    expect(form.errors.name?.messages).toEqual(["This field is required."]);
    expect(form.errors.age).toBeUndefined();
  });

  test("the form-level clean adds field and non-field errors", () => {
    const bug = new ContactForm({ name: "Ann", email: "a@b.co", topic: "bug" });
    expect(bug.isValid()).toBe(false);
    expect(bug.errors.age?.messages).toEqual(["Bug reports need an age."]);
    expect(bug.cleanedData).not.toHaveProperty("age");

    const nobody = new ContactForm({ name: "Nobody", email: "a@b.co", topic: "idea" });
    expect(nobody.isValid()).toBe(false);
    expect(nobody.nonFieldErrors().messages).toEqual(["Nobody may not write."]);
    expect(nobody.errors.__all__?.hasCode("nobody")).toBe(true);
    expect(nobody.hasError(forms.NON_FIELD_ERRORS)).toBe(true);
  });

  test("a per-field hook may throw, and a hook returning nothing keeps the value", () => {
    const Signup = forms.Form(
      { username: forms.CharField(), code: forms.CharField() },
      {
        cleanUsername(value) {
          if (value === "admin") throw new forms.ValidationError("That name is taken.", { code: "taken" });
        },
        cleanCode(value) {
          return value.toUpperCase();
        },
      },
    );
    const taken = new Signup({ username: "admin", code: "ab" });
    expect(taken.errors.username?.messages).toEqual(["That name is taken."]);
    const ok = new Signup({ username: "ann", code: "ab" });
    expect(ok.isValid()).toBe(true);
    expect(ok.cleanedData).toEqual({ username: "ann", code: "AB" });
  });

  test("a ValidationError dict from clean lands on the named fields", () => {
    const Pw = forms.Form(
      { password: forms.CharField(), confirm: forms.CharField() },
      {
        clean(data) {
          if (data.password !== data.confirm) throw new forms.ValidationError({ confirm: "Passwords differ." });
        },
      },
    );
    const form = new Pw({ password: "a", confirm: "b" });
    expect(form.isValid()).toBe(false);
    expect(form.errors.confirm?.messages).toEqual(["Passwords differ."]);
    expect(form.nonFieldErrors().length).toBe(0);
  });

  test("addError validates first, checks the field name and rejects dicts with a field", () => {
    const form = new ContactForm({ name: "Ann", email: "a@b.co", topic: "idea" });
    form.addError("email", "Already registered.");
    expect(form.isValid()).toBe(false);
    expect(form.errors.email?.messages).toEqual(["Already registered."]);
    expect(form.cleanedData).not.toHaveProperty("email");
    expect(() => form.addError("nope" as "email", "x")).toThrow("Form has no field named 'nope'.");
    expect(() => form.addError("name", new forms.ValidationError({ name: "x" }))).toThrow("must be null");
    form.addError(null, "Whole form.");
    expect(form.nonFieldErrors().messages).toEqual(["Whole form."]);
  });

  test("exceptions other than ValidationError propagate", () => {
    const Broken = forms.Form({ a: forms.CharField() }, { cleanA() { throw new RangeError("bug in hook"); } });
    expect(() => new Broken({ a: "x" }).isValid()).toThrow("bug in hook");
  });
});

describe("class style", () => {
  class SignupForm extends forms.Form({ password: forms.CharField({ widget: forms.PasswordInput }), confirm: forms.CharField() }) {
    cleanPassword(value: string): string {
      if (value.length < 8) throw new forms.ValidationError("Too short.");
      return value;
    }
    override clean(data: Partial<{ password: string; confirm: string }>) {
      if (data.password && data.password !== data.confirm) this.addError("confirm", "Passwords differ.");
      return data;
    }
  }
  test("methods on a subclass are the hooks", () => {
    expect(new SignupForm({ password: "short", confirm: "short" }).errors.password?.messages).toEqual(["Too short."]);
    expect(new SignupForm({ password: "longenough", confirm: "x" }).errors.confirm?.messages).toEqual(["Passwords differ."]);
    const ok = new SignupForm({ password: "longenough", confirm: "longenough" });
    expect(ok.isValid()).toBe(true);
    expect(ok.password.name).toBe("password");
  });
});

describe("initial data, prefix, disabled and changes", () => {
  const Profile = forms.Form({
    name: forms.CharField({ initial: "Field initial" }),
    city: forms.CharField({ required: false }),
    plan: forms.ChoiceField({ choices: ["free", "pro"], disabled: true, initial: "free" }),
    tags: forms.MultipleChoiceField({ choices: ["a", "b"], required: false }),
  });
  test("the form's initial overrides the field's; unbound forms show it", () => {
    const form = new Profile(null, null, { initial: { name: "Ann", city: () => "Oslo" } });
    expect(form.name.value).toBe("Ann");
    expect(form.city.value).toBe("Oslo");
    expect(new Profile().name.value).toBe("Field initial");
  });
  test("a bound form shows the data, not the initial", () => {
    const form = new Profile({ name: "Bob" }, null, { initial: { name: "Ann" } });
    expect(form.name.value).toBe("Bob");
    expect(form.name.initial).toBe("Ann");
  });
  test("disabled fields ignore submitted data", () => {
    const form = new Profile({ name: "Bob", plan: "pro" });
    expect(form.isValid()).toBe(true);
    expect(form.cleanedData.plan).toBe("free");
    expect(form.plan.value).toBe("free");
  });
  test("hasChanged and changedData compare with initial", () => {
    const same = new Profile({ name: "Ann", city: "", tags: [] }, null, { initial: { name: "Ann" } });
    expect(same.hasChanged()).toBe(false);
    const changed = new Profile({ name: "Bob", tags: ["a"] }, null, { initial: { name: "Ann" } });
    expect(changed.changedData).toEqual(["name", "tags"]);
  });
  test("emptyPermitted skips validation of an unchanged form", () => {
    expect(new Profile({}, null, { emptyPermitted: true, initial: { name: "" } }).isValid()).toBe(true);
  });
  test("a prefix namespaces names and ids", () => {
    const form = new Profile({ "p-name": "Zed" }, null, { prefix: "p" });
    expect(form.isValid()).toBe(true);
    expect(form.cleanedData.name).toBe("Zed");
    expect(String(form.name)).toContain('name="p-name"');
    expect(String(form.name)).toContain('id="id_p-name"');
  });
  test("each instance gets its own copy of the fields", () => {
    const a = new Profile();
    a.fields.name.label = "Changed";
    expect(new Profile().fields.name.label).toBeUndefined();
    expect(Profile.baseFields.name.label).toBeUndefined();
  });
  test("multiple values come from getAll", () => {
    const form = new Profile(new QueryDict("name=A&tags=a&tags=b"));
    expect(form.isValid()).toBe(true);
    expect(form.cleanedData.tags).toEqual(["a", "b"]);
  });
});

describe("files", () => {
  const Upload = forms.Form({ title: forms.CharField(), doc: forms.FileField(), extra: forms.FileField({ required: false }) });
  test("files come from FILES; a missing required file is an error", async () => {
    const files = new MultiValueDict<File>();
    files.append("doc", new File(["hello"], "a.txt"));
    const form = new Upload(new QueryDict("title=T"), files);
    if (!form.isValid()) throw new Error(JSON.stringify(form.errors));
    expect(form.cleanedData.doc.name).toBe("a.txt");
    expect(await form.cleanedData.doc.text()).toBe("hello");
    expect(form.cleanedData.extra).toBeNull();
    expect(form.isMultipart()).toBe(true);
    const missing = new Upload(new QueryDict("title=T"), new MultiValueDict<File>());
    expect(missing.errors.doc?.messages).toEqual(["This field is required."]);
  });
  test("a FormData carrying files works alone", () => {
    const fd = new FormData();
    fd.append("title", "T");
    fd.append("doc", new File(["x"], "b.txt"));
    const form = new Upload(fd);
    if (!form.isValid()) throw new Error(JSON.stringify(form.errors));
    expect(form.cleanedData.doc.name).toBe("b.txt");
  });
  test("the clear checkbox empties an optional file field", () => {
    const stored = new File(["old"], "old.txt");
    const form = new Upload({ title: "T", "extra-clear": "on" }, { doc: new File(["x"], "n.txt") }, { initial: { extra: stored } });
    expect(form.isValid()).toBe(true);
    expect(form.cleanedData.extra).toBeNull();
  });
});

describe("declaration errors are clear", () => {
  test("a reserved field name", () => {
    // @ts-expect-error errors is a reserved name (the form's own member)
    expect(() => forms.Form({ errors: forms.CharField() })).toThrow("Form field name 'errors' is reserved");
  });
  test("a field factory that was not called", () => {
    // @ts-expect-error a factory is not a field
    expect(() => forms.Form({ email: forms.EmailField })).toThrow("did you forget to call it, as in EmailField()?");
  });
  test("a hook for no field", () => {
    expect(() => forms.Form({ email: forms.EmailField() }, { cleanEmial() {} } as never)).toThrow("Unknown form hook 'cleanEmial'");
  });
  test("an unknown bound field", () => {
    expect(() => new ContactForm().field("nope" as "name")).toThrow("Key 'nope' not found in Form. Choices are: name, email, age, topic.");
  });
});
