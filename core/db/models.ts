/**
 * `models`: the field types, `onDelete` choices and manager types, as Django's `django.db.models`.
 *
 * @example
 * ```ts
 * import { App, models } from "onefile";
 * class Choice extends app.Model("Choice", {
 *   question: models.ForeignKey(() => Question, { onDelete: models.CASCADE, relatedName: "choices" }),
 *   choiceText: models.CharField({ maxLength: 200 }),
 *   votes: models.IntegerField({ default: 0 }),
 * }) {}
 * ```
 * @module
 */
export {
  AutoField,
  BigAutoField,
  IntegerField,
  BigIntegerField,
  SmallIntegerField,
  PositiveIntegerField,
  FloatField,
  DecimalField,
  CharField,
  TextField,
  EmailField,
  URLField,
  SlugField,
  UUIDField,
  BooleanField,
  JSONField,
} from "./fields/scalar.ts";
export { DateField, DateTimeField } from "./fields/dates.ts";
export { ForeignKey, OneToOneField, ManyToManyField, CASCADE, PROTECT, SET_NULL, SET_DEFAULT, RESTRICT, DO_NOTHING, type OnDelete } from "./fields/related.ts";
export { Field, type FieldOptions, type FieldChoices } from "./fields/field.ts";
export { Model, type ModelClass, type ModelInstance } from "./model.ts";
export { Manager, RelatedManager, ManyRelatedManager } from "./manager.ts";
export { QuerySet } from "./query/queryset.ts";
export { ModelOptions, type ModelMeta, type ReverseRelation } from "./options.ts";
