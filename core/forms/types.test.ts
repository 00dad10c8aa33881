/**
 * Type-level tests: `tsc --noEmit` checks the assertions (expectTypeOf and
 * the `@ts-expect-error` lines fail compilation if the types drift); Vitest
 * runs the file so the declarations also execute.
 */
import { expectTypeOf, test } from "vitest";
import * as forms from "./index.ts";

const ContactForm = forms.Form(
  {
    name: forms.CharField({ maxLength: 100 }),
    email: forms.EmailField(),
    nickname: forms.CharField({ required: false, emptyValue: null }),
    age: forms.IntegerField({ required: false, min: 0 }),
    score: forms.FloatField(),
    price: forms.DecimalField({ maxDigits: 6, decimalPlaces: 2 }),
    accept: forms.BooleanField(),
    topic: forms.ChoiceField({ choices: [["bug", "Bug"], ["idea", "Idea"]] }),
    size: forms.ChoiceField({ choices: ["S", "M", 3], required: false }),
    colours: forms.MultipleChoiceField({ choices: [["Warm", [["red", "Red"]]], ["blue", "Blue"]] }),
    born: forms.DateField({ required: false }),
    at: forms.DateTimeField(),
    cv: forms.FileField(),
    photo: forms.FileField({ required: false }),
    site: forms.URLField(),
  },
  {
    cleanEmail(value) {
      expectTypeOf(value).toEqualTypeOf<string>();
      return value.toLowerCase();
    },
    cleanAge(value) {
      expectTypeOf(value).toEqualTypeOf<number | null>();
    },
    clean(data) {
      expectTypeOf(data.topic).toEqualTypeOf<"bug" | "idea" | undefined>();
      expectTypeOf(this.cleanedData).toEqualTypeOf<typeof data>();
      // @ts-expect-error no such field
      void (() => this.addError("nope", "x"));
      return data;
    },
  },
);

test("cleanedData is typed from the declaration", () => {
  const form = new ContactForm({});
  expectTypeOf(form.cleanedData.email).toEqualTypeOf<string | undefined>();
  if (form.isValid()) {
    const data = form.cleanedData;
    expectTypeOf(data.email).toEqualTypeOf<string>();
    expectTypeOf(data.name).toEqualTypeOf<string>();
    expectTypeOf(data.nickname).toEqualTypeOf<string | null>();
    expectTypeOf(data.age).toEqualTypeOf<number | null>();
    expectTypeOf(data.score).toEqualTypeOf<number>();
    expectTypeOf(data.price).toEqualTypeOf<string>();
    expectTypeOf(data.accept).toEqualTypeOf<boolean>();
    expectTypeOf(data.topic).toEqualTypeOf<"bug" | "idea">();
    expectTypeOf(data.size).toEqualTypeOf<"S" | "M" | "3" | "">();
    expectTypeOf(data.colours).toEqualTypeOf<("red" | "blue")[]>();
    expectTypeOf(data.born).toEqualTypeOf<Date | null>();
    expectTypeOf(data.at).toEqualTypeOf<Date>();
    expectTypeOf(data.cv).toEqualTypeOf<File>();
    expectTypeOf(data.photo).toEqualTypeOf<File | null>();
    expectTypeOf(data.site).toEqualTypeOf<string>();
    const email: string = form.cleanedData.email;
    void email;
    // @ts-expect-error a field that was not declared
    void form.cleanedData.phone;
    // @ts-expect-error email is a string, not a number
    const wrong: number = form.cleanedData.email;
    void wrong;
  }
});

test("bound fields, errors and hooks are typed", () => {
  const form = new ContactForm();
  expectTypeOf(form.email).toEqualTypeOf<forms.BoundField<string>>();
  expectTypeOf(form.field("age")).toEqualTypeOf<forms.BoundField<number | null>>();
  expectTypeOf(form.errors.email).toEqualTypeOf<forms.ErrorList | undefined>();
  // @ts-expect-error no such bound field
  void form.phone;
  // @ts-expect-error no such field
  void (() => form.field("phone"));

  // @ts-expect-error a clean hook must return the field's type
  forms.Form({ age: forms.IntegerField() }, { cleanAge: () => "x" });
  // @ts-expect-error validators get the cleaned type
  forms.IntegerField({ validators: [(v: string) => void v] });
  // @ts-expect-error a reserved field name
  void (() => forms.Form({ errors: forms.CharField() }));
  // @ts-expect-error a number where a field is expected
  void (() => forms.Form({ age: 3 }));
});
