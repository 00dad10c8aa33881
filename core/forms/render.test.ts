import { describe, expect, test } from "vitest";
import * as forms from "./index.ts";

const html = (value: unknown): string => String(value);

describe("BoundField rendering", () => {
  const F = forms.Form({
    name: forms.CharField({ maxLength: 100, minLength: 2, helpText: "Your <full> name" }),
    bio: forms.CharField({ widget: forms.Textarea, required: false }),
    password: forms.CharField({ widget: forms.PasswordInput }),
    age: forms.IntegerField({ min: 0, max: 130 }),
    price: forms.DecimalField({ decimalPlaces: 2 }),
    ratio: forms.FloatField({ required: false }),
    email: forms.EmailField(),
    site: forms.URLField({ required: false }),
    accept: forms.BooleanField(),
    born: forms.DateField(),
    at: forms.DateTimeField(),
    token: forms.CharField({ widget: forms.HiddenInput }),
  });

  test("an unbound text input: label for, id, required, maxlength, help text described", () => {
    const form = new F();
    expect(html(form.name)).toBe(
      '<input type="text" name="name" maxlength="100" minlength="2" required aria-describedby="id_name_helptext" id="id_name">',
    );
    expect(html(form.name.labelTag())).toBe('<label for="id_name">Name:</label>');
    expect(form.name.idForLabel).toBe("id_name");
    expect(form.name.autoId).toBe("id_name");
    expect(form.name.label).toBe("Name");
    expect(form.name.errors.length).toBe(0);
  });

  test("bound values are re-rendered escaped; passwords never are", () => {
    const form = new F({ name: '<script>alert("x")</script>', bio: "</textarea><script>", password: "hunter2" });
    expect(html(form.name)).toContain('value="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"');
    expect(html(form.bio)).toBe('<textarea name="bio" cols="40" rows="10" id="id_bio">\n&lt;/textarea&gt;&lt;script&gt;</textarea>');
    expect(html(form.password)).toBe('<input type="password" name="password" required id="id_password">');
    expect(html(form)).not.toContain("hunter2");
    expect(html(form)).not.toContain("<script>");
  });

  test("errors: list with id, aria-invalid, aria-describedby with help and error ids", () => {
    const form = new F({ name: "x".repeat(101), email: "bad" });
    expect(html(form.name.errors)).toBe(
      '<ul class="errorlist" id="id_name_error"><li>Ensure this value has at most 100 characters (it has 101).</li></ul>',
    );
    expect(html(form.name)).toContain('aria-invalid="true" aria-describedby="id_name_helptext id_name_error"');
    expect(html(form.email)).toBe(
      '<input type="email" name="email" value="bad" maxlength="320" required aria-invalid="true" aria-describedby="id_email_error" id="id_email">',
    );
  });

  test("number, email, url, checkbox, date and datetime widgets", () => {
    const form = new F(null, null, {
      initial: { age: 3, price: "1.50", accept: true, born: new Date(Date.UTC(2024, 4, 1)), at: new Date(Date.UTC(2024, 4, 1, 9, 30)) },
    });
    expect(html(form.age)).toBe('<input type="number" name="age" value="3" min="0" max="130" required id="id_age">');
    expect(html(form.price)).toBe('<input type="number" name="price" value="1.50" step="0.01" required id="id_price">');
    expect(html(form.ratio)).toBe('<input type="number" name="ratio" step="any" id="id_ratio">');
    expect(html(form.site)).toBe('<input type="url" name="site" id="id_site">');
    expect(html(form.accept)).toBe('<input type="checkbox" name="accept" checked required id="id_accept">');
    expect(html(form.born)).toBe('<input type="date" name="born" value="2024-05-01" required id="id_born">');
    expect(html(form.at)).toBe('<input type="datetime-local" name="at" value="2024-05-01T09:30" required id="id_at">');
    expect(html(form.token)).toBe('<input type="hidden" name="token" id="id_token">');
    expect(html(new F({ accept: "" }).accept)).toBe('<input type="checkbox" name="accept" required aria-invalid="true" aria-describedby="id_accept_error" id="id_accept">');
  });

  test("hidden fields have no label row; their errors go to the top", () => {
    const out = html(new F({}));
    expect(out).not.toContain('<label for="id_token"');
    expect(out.startsWith('<ul class="errorlist nonfield"><li>(Hidden field token) This field is required.</li></ul>')).toBe(true);
    expect(out).toMatch(/<input type="hidden" name="token" id="id_token">\n<\/div>$/);
  });

  test("help text is escaped unless marked safe", () => {
    expect(html(new F())).toContain('<div class="helptext" id="id_name_helptext">Your &lt;full&gt; name</div>');
    const G = forms.Form({ a: forms.CharField({ helpText: forms.markSafe("<b>bold</b>") }) });
    expect(html(new G())).toContain('<div class="helptext" id="id_a_helptext"><b>bold</b></div>');
  });
});

describe("choice widgets", () => {
  const choices = [["bug", "Bug <1>"], ["idea", "Idea"]] as const;
  const F = forms.Form({
    select: forms.ChoiceField({ choices }),
    blank: forms.ChoiceField({ choices: [["", "---------"], ...choices] }),
    grouped: forms.ChoiceField({ choices: [["Kinds", choices], ["x", "X"]], required: false }),
    multi: forms.MultipleChoiceField({ choices }),
    radio: forms.ChoiceField({ choices, widget: forms.RadioSelect, helpText: "Pick one" }),
    boxes: forms.MultipleChoiceField({ choices, widget: forms.CheckboxSelectMultiple }),
  });

  test("Select marks the selected option and escapes labels; required only with a blank first option", () => {
    const form = new F({ select: "idea", blank: "bug" });
    expect(html(form.select)).toBe(
      '<select name="select" id="id_select">\n<option value="bug">Bug &lt;1&gt;</option>\n<option value="idea" selected>Idea</option>\n</select>',
    );
    expect(html(form.blank)).toContain('<select name="blank" required id="id_blank">');
    expect(html(form.blank)).toContain('<option value="bug" selected>');
    expect(html(form.grouped)).toContain('<optgroup label="Kinds">\n<option value="bug">');
  });

  test("SelectMultiple selects every chosen value", () => {
    const form = new F({ multi: ["bug", "idea"] });
    expect(html(form.multi)).toBe(
      '<select name="multi" required id="id_multi" multiple>\n<option value="bug" selected>Bug &lt;1&gt;</option>\n<option value="idea" selected>Idea</option>\n</select>',
    );
  });

  test("RadioSelect: one labelled input per choice, in a fieldset with a legend", () => {
    const form = new F({ radio: "idea" });
    expect(html(form.radio)).toBe(
      '<div id="id_radio">\n<div>\n    <label for="id_radio_0"><input type="radio" name="radio" value="bug" required id="id_radio_0">\n Bug &lt;1&gt;</label>\n</div>\n' +
        '<div>\n    <label for="id_radio_1"><input type="radio" name="radio" value="idea" required id="id_radio_1" checked>\n Idea</label>\n</div>\n</div>',
    );
    expect(form.radio.idForLabel).toBe("");
    expect(html(form.radio.legendTag())).toBe("<legend>Radio:</legend>");
    const row = html(form).split("<div>\n  <fieldset").find((r) => r.includes('name="radio"'))!;
    expect(row).toContain(' aria-describedby="id_radio_helptext">\n  <legend>Radio:</legend>');
  });

  test("CheckboxSelectMultiple never prints required and checks chosen boxes", () => {
    const form = new F({ boxes: ["bug"] });
    const out = html(form.boxes);
    expect(out).not.toContain("required");
    expect(out).toContain('<input type="checkbox" name="boxes" value="bug" id="id_boxes_0" checked>');
    expect(out).toContain('<input type="checkbox" name="boxes" value="idea" id="id_boxes_1">');
  });

  test("fieldset rows reference their errors", () => {
    const out = html(new F({ radio: "nope" }));
    expect(out).toContain('<fieldset aria-describedby="id_radio_helptext id_radio_error">');
    expect(out).toContain('<ul class="errorlist" id="id_radio_error"><li>Select a valid choice. nope is not one of the available choices.</li></ul>');
  });
});

describe("file widgets", () => {
  test("FileInput and ClearableFileInput with an initial file", () => {
    const F = forms.Form({ cv: forms.FileField({ required: false }), photo: forms.FileField({ widget: forms.FileInput }) });
    const form = new F(null, null, { initial: { cv: { name: "cv<1>.pdf", url: "/media/cv.pdf" } as unknown as File } });
    expect(html(form.photo)).toBe('<input type="file" name="photo" required id="id_photo">');
    expect(html(form.cv)).toBe(
      '<p>Currently: <a href="/media/cv.pdf">cv&lt;1&gt;.pdf</a>\n<input type="checkbox" name="cv-clear" id="cv-clear_id">\n<label for="cv-clear_id">Clear</label></p>\n<p>Change:\n<input type="file" name="cv" id="id_cv"></p>',
    );
    expect(form.isMultipart()).toBe(true);
  });
});

describe("layouts and options", () => {
  const F = forms.Form({ firstName: forms.CharField({ label: "First name?" }), note: forms.CharField({ required: false, helpText: "Optional" }) });
  test("asDiv is {{ form }}", () => {
    const form = new F();
    expect(html(form.asDiv())).toBe(html(form));
    expect(html(form)).toBe(
      '<div>\n  <label for="id_firstName">First name?</label>\n  <input type="text" name="firstName" required id="id_firstName">\n</div>\n' +
        '<div>\n  <label for="id_note">Note:</label>\n  <div class="helptext" id="id_note_helptext">Optional</div>\n  <input type="text" name="note" aria-describedby="id_note_helptext" id="id_note">\n</div>',
    );
  });
  test("asP, asUl and asTable", () => {
    const form = new F({});
    expect(html(form.asP())).toContain('<ul class="errorlist" id="id_firstName_error"><li>This field is required.</li></ul><p>\n  <label for="id_firstName">');
    expect(html(form.asP())).toContain('<span class="helptext" id="id_note_helptext">Optional</span>');
    expect(html(form.asUl())).toMatch(/^<li>\n  <ul class="errorlist"/);
    expect(html(form.asTable())).toMatch(/^<tr>\n  <th><label for="id_firstName">First name\?<\/label><\/th>\n  <td>\n    <ul class="errorlist"/);
    expect(html(form.render("p"))).toBe(html(form.asP()));
  });
  test("autoId false drops ids and label for; labelSuffix changes the suffix; camelCase labels", () => {
    const form = new F(null, null, { autoId: false, labelSuffix: " →" });
    expect(html(form.note)).toBe('<input type="text" name="note">');
    expect(html(form.note.labelTag())).toBe("<label>Note →</label>");
    expect(forms.prettyName("emailAddress")).toBe("Email address");
    expect(forms.prettyName("first_name")).toBe("First name");
  });
  test("useRequiredAttribute false and disabled fields", () => {
    const G = forms.Form({ a: forms.CharField(), b: forms.CharField({ disabled: true, initial: "fixed" }) });
    const form = new G(null, null, { useRequiredAttribute: false });
    expect(html(form.a)).toBe('<input type="text" name="a" id="id_a">');
    expect(html(form.b)).toBe('<input type="text" name="b" value="fixed" disabled id="id_b">');
  });
  test("widget attrs from an instance and alternative renderings", () => {
    const G = forms.Form({ a: forms.CharField({ widget: new forms.TextInput({ placeholder: 'Say "hi"', class: "big" }) }) });
    const form = new G(null, null, { initial: { a: "x" } });
    expect(html(form.a)).toBe('<input type="text" name="a" value="x" placeholder="Say &quot;hi&quot;" class="big" required id="id_a">');
    expect(html(form.a.asHidden())).toBe('<input type="hidden" name="a" value="x" id="id_a">');
    expect(html(form.a.asTextarea())).toContain("<textarea");
  });
  test("errors render as nested lists and as text", () => {
    const form = new F({});
    expect(html(form.errors)).toBe('<ul class="errorlist"><li>firstName<ul class="errorlist"><li>This field is required.</li></ul></li></ul>');
    expect(form.errors.firstName?.asText()).toBe("* This field is required.");
    expect(JSON.stringify(form.errors)).toBe('{"firstName":[{"message":"This field is required.","code":"required"}]}');
  });
});

describe("errors never expose String methods", () => {
  test("fields named like String methods", () => {
    const F = forms.Form({ at: forms.CharField(), search: forms.CharField(), link: forms.CharField({ required: false }) });
    const form = new F({ search: "x" });
    expect(form.errors.at?.messages).toEqual(["This field is required."]);
    expect(form.errors.link).toBeUndefined();
    expect(form.errors.search).toBeUndefined();
    expect(form.errors.length).toBe(1);
    expect(form.errors.at?.at(0)).toBe("This field is required.");
    expect(form.errors.at?.slice(0)).toEqual(["This field is required."]);
    expect(html(form.search)).toContain('value="x"');
    expect(form.at.name).toBe("at");
    expect(form.link.label).toBe("Link");
  });
});
