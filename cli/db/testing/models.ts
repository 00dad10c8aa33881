/**
 * The models the ORM's contract tests use: Django's polls, a blog with authors, tags and
 * comments, and a model with one field of every kind. A fresh App (and so a fresh set of
 * models) per call.
 */
import { App, models } from "../../../core/index.ts";

/** Builds the test app and its models. */
export function makeModels(label = "contract") {
  const app = new App({ DEBUG: true, APP_LABEL: label });

  class Question extends app.Model("Question", {
    questionText: models.CharField({ maxLength: 200 }),
    pubDate: models.DateTimeField({ default: () => new Date() }),
  }, { ordering: ["-pubDate"], getLatestBy: "pubDate" }) {
    declare static objects: models.Manager<Question>;
    declare choices: models.RelatedManager<Choice>;
    override toString() {
      return this.questionText;
    }
  }

  class Choice extends app.Model("Choice", {
    question: models.ForeignKey(() => Question, { onDelete: models.CASCADE, relatedName: "choices" }),
    choiceText: models.CharField({ maxLength: 200 }),
    votes: models.IntegerField({ default: 0 }),
  }, { uniqueTogether: [["question", "choiceText"]] }) {
    declare static objects: models.Manager<Choice>;
  }

  class Author extends app.Model("Author", {
    name: models.CharField({ maxLength: 100, unique: true }),
    email: models.EmailField({ blank: true }),
  }) {
    declare static objects: models.Manager<Author>;
    declare posts: models.RelatedManager<Post>;
    declare edited: models.RelatedManager<Post>;
    declare profile: Profile | null;
  }

  class Profile extends app.Model("Profile", {
    author: models.OneToOneField(() => Author, { onDelete: models.CASCADE, relatedName: "profile" }),
    bio: models.TextField({ blank: true }),
  }) {
    declare static objects: models.Manager<Profile>;
  }

  class Tag extends app.Model("Tag", {
    name: models.SlugField({ unique: true }),
  }, { ordering: ["name"] }) {
    declare static objects: models.Manager<Tag>;
    declare posts: models.ManyRelatedManager<Post>;
  }

  class Post extends app.Model("Post", {
    title: models.CharField({ maxLength: 200 }),
    author: models.ForeignKey(() => Author, { onDelete: models.PROTECT, relatedName: "posts" }),
    editor: models.ForeignKey(() => Author, { onDelete: models.SET_NULL, null: true, blank: true, relatedName: "edited" }),
    tags: models.ManyToManyField(() => Tag, { relatedName: "posts" }),
    published: models.BooleanField({ default: false }),
    rating: models.FloatField({ null: true }),
  }, { ordering: ["title"] }) {
    declare static objects: models.Manager<Post>;
    declare comments: models.RelatedManager<Comment>;
  }

  class Comment extends app.Model("Comment", {
    post: models.ForeignKey(() => Post, { onDelete: models.CASCADE, relatedName: "comments" }),
    body: models.TextField(),
    parent: models.ForeignKey("self", { onDelete: models.CASCADE, null: true, relatedName: "replies" }),
  }) {
    declare static objects: models.Manager<Comment>;
  }

  class Item extends app.Model("Item", {
    code: models.UUIDField({ default: () => crypto.randomUUID(), unique: true }),
    price: models.DecimalField({ maxDigits: 8, decimalPlaces: 2, default: "0.00" }),
    big: models.BigIntegerField({ null: true }),
    small: models.SmallIntegerField({ default: 0 }),
    stock: models.PositiveIntegerField({ default: 0 }),
    day: models.DateField({ null: true }),
    data: models.JSONField<{ tags?: string[]; n?: number }>({ null: true }),
    site: models.URLField({ blank: true }),
    kind: models.CharField({ maxLength: 1, choices: [["a", "Apple"], ["b", "Banana"]], default: "a" }),
    created: models.DateTimeField({ autoNowAdd: true }),
    updated: models.DateTimeField({ autoNow: true }),
  }) {
    declare static objects: models.Manager<Item>;
  }

  return { app, Question, Choice, Author, Profile, Tag, Post, Comment, Item };
}

export type TestModels = ReturnType<typeof makeModels>;
