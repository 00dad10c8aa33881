/**
 * The relations contract (selectRelated, prefetchRelated, reverse and many-to-many managers,
 * onDelete), transactions, and model validation, on every database.
 */
import { describe, expect, it } from "vitest";
import { F, IntegrityError, ProtectedError, RelationNotLoaded } from "../../core/index.ts";
import { ValidationError } from "../../core/forms/errors.ts";
import { freshModels, testDatabases } from "./testing/databases.ts";
import { makeModels } from "./testing/models.ts";

describe.each(await testDatabases())("relations and transactions on $name", (database) => {
  const ctx = freshModels(database, () => makeModels());

  async function blog() {
    const { Author, Post, Tag, Comment } = ctx.m;
    const ann = await Author.objects.create({ name: "Ann" });
    const bob = await Author.objects.create({ name: "Bob" });
    const [django, orm, sql] = await Tag.objects.bulkCreate([{ name: "django" }, { name: "orm" }, { name: "sql" }]);
    const posts = [];
    for (let i = 0; i < 4; i++) {
      const post = await Post.objects.create({ title: `Post ${i}`, author: i % 2 ? bob : ann, editor: i === 0 ? bob : null });
      await post.tags.add(django!, ...(i % 2 ? [orm!] : []));
      for (let c = 0; c < i; c++) await post.comments.create({ body: `Comment ${c} on ${i}` });
      posts.push(post);
    }
    const reply = await Comment.objects.create({ post: posts[3]!, body: "reply", parent: (await posts[3]!.comments.first())! });
    return { ann, bob, django: django!, orm: orm!, sql: sql!, posts, reply };
  }

  it("selectRelated loads foreign keys in the same query, nullable ones too", async () => {
    const { ann, bob } = await blog();
    const { Post, Comment } = ctx.m;
    const posts = await Post.objects.selectRelated("author", "editor");
    expect(posts.map((p) => [p.title, p.author.name, p.editor?.name ?? null])).toEqual([
      ["Post 0", "Ann", "Bob"], ["Post 1", "Bob", null], ["Post 2", "Ann", null], ["Post 3", "Bob", null],
    ]);
    const comments = await Comment.objects.selectRelated("post__author").orderBy("id");
    expect(comments[0]!.post.author.id).toBe(bob.id);
    const plain = await Post.objects.get({ author: ann, title: "Post 0" });
    expect(() => plain.author).toThrow(RelationNotLoaded);
    expect(() => plain.author).toThrow('Post.author was not loaded. Templates cannot wait for the database, so load it in the view: Post.objects.selectRelated("author")');
    expect((await plain.related("author")).name).toBe("Ann");
    expect(plain.author.name).toBe("Ann");
    await expect(Post.objects.selectRelated("tags").toArray()).rejects.toThrow(/For reverse and many-to-many relations use prefetchRelated/);
  });

  it("prefetchRelated loads reverse, many-to-many and nested relations in one query each", async () => {
    await blog();
    const { Post, Tag, Author } = ctx.m;
    const posts = await Post.objects.prefetchRelated("comments", "tags", "author");
    expect(posts.map((p) => [...p.comments].length)).toEqual([0, 1, 2, 4]);
    expect(posts.map((p) => [...p.tags].map((t) => t.name))).toEqual([["django"], ["django", "orm"], ["django"], ["django", "orm"]]);
    expect((await posts[2]!.comments.all()).map((c) => c.body)).toEqual(["Comment 0 on 2", "Comment 1 on 2"]);
    expect(await posts[3]!.comments.count()).toBe(4);
    const tags = await Tag.objects.prefetchRelated("posts__author");
    expect(tags.map((t) => [t.name, [...t.posts].map((p) => `${p.title}/${p.author.name}`)])).toEqual([
      ["django", ["Post 0/Ann", "Post 1/Bob", "Post 2/Ann", "Post 3/Bob"]],
      ["orm", ["Post 1/Bob", "Post 3/Bob"]],
      ["sql", []],
    ]);
    const authors = await Author.objects.prefetchRelated("posts", "profile").orderBy("name");
    expect(authors.map((a) => [a.name, [...a.posts].length, a.profile])).toEqual([["Ann", 2, null], ["Bob", 2, null]]);
    const plain = await Post.objects.get({ title: "Post 1" });
    expect(() => [...plain.comments]).toThrow('Post.comments was not loaded. Templates cannot wait for the database: load it in the view with Post.objects.prefetchRelated("comments")');
    expect(() => [...plain.comments.all()]).toThrow(RelationNotLoaded);
    await expect(Post.objects.prefetchRelated("nothing").toArray()).rejects.toThrow("Cannot find 'nothing' on Post object");
  });

  it("reverse and many-to-many managers add, remove, set, clear and create", async () => {
    const { ann, bob, django, orm, sql, posts } = await blog();
    const { Post, Tag } = ctx.m;
    const post = posts[0]!;
    await post.tags.add(orm, sql, orm.id);
    expect((await post.tags.all()).map((t) => t.name)).toEqual(["django", "orm", "sql"]);
    await post.tags.remove(django);
    expect((await post.tags.all()).map((t) => t.name)).toEqual(["orm", "sql"]);
    await post.tags.set([sql]);
    expect((await post.tags.all()).map((t) => t.name)).toEqual(["sql"]);
    expect((await sql.posts.all()).map((p) => p.title)).toEqual(["Post 0"]);
    const created = await post.tags.create({ name: "new" });
    expect((await created.posts.all()).map((p) => p.id)).toEqual([post.id]);
    await post.tags.clear();
    expect(await post.tags.count()).toBe(0);
    expect(await Tag.objects.filter({ posts__title: "Post 1" } as never).count()).toBe(2);
    expect(await ann.posts.count()).toBe(2);
    await ann.posts.add(posts[1]!);
    expect(await ann.posts.count()).toBe(3);
    expect(await bob.posts.count()).toBe(1);
    const made = await bob.posts.create({ title: "By Bob" });
    expect(made.authorId).toBe(bob.id);
    await bob.edited.add(made);
    expect((await Post.objects.filter({ editor: bob })).map((p) => p.title)).toEqual(["By Bob", "Post 0"]);
    await bob.edited.clear();
    expect(await Post.objects.filter({ editor: bob }).count()).toBe(0);
    await expect(ann.posts.clear()).rejects.toThrow(/cannot hold/);
  });

  it("onDelete: CASCADE deletes, PROTECT refuses, SET_NULL clears, many-to-many links go", async () => {
    const { ann, bob, django, posts, reply } = await blog();
    const { Post, Comment, Author } = ctx.m;
    await expect(ann.delete()).rejects.toBeInstanceOf(ProtectedError);
    await expect(ann.delete()).rejects.toThrow("Cannot delete some instances of model 'Author' because they are referenced through protected foreign keys: 'Post.author' (2 posts).");
    expect(await Author.objects.count()).toBe(2);
    const [total, counts] = await posts[3]!.delete();
    expect(counts).toEqual({ "contract.Post": 1, "contract.Comment": 4 });
    expect(total).toBe(5);
    expect(await Comment.objects.filter({ pk: reply.id }).exists()).toBe(false);
    expect(await django.posts.count()).toBe(3);
    await Post.objects.filter({ author: bob }).delete();
    await bob.delete();
    expect((await Post.objects.get({ title: "Post 0" })).editorId).toBeNull();
    expect(await Author.objects.count()).toBe(1);
  });

  it("atomic commits, rolls back, and nests as savepoints", async () => {
    const { Question, Choice, app } = ctx.m;
    const q = await app.db.atomic(async () => {
      const made = await Question.objects.create({ questionText: "kept" });
      await Choice.objects.create({ question: made, choiceText: "a" });
      return made;
    });
    await expect(app.db.atomic(async () => {
      await Question.objects.create({ questionText: "rolled back" });
      throw new Error("boom");
    })).rejects.toThrow("boom");
    await app.db.atomic(async () => {
      await Choice.objects.filter({ question: q }).update({ votes: F("votes").add(1) });
      await expect(app.db.atomic(async () => {
        await Choice.objects.create({ question: q, choiceText: "inner" });
        await Choice.objects.create({ question: q, choiceText: "inner" });
      })).rejects.toBeInstanceOf(IntegrityError);
      expect(app.db.inAtomicBlock).toBe(true);
    });
    expect((await Question.objects.all()).map((x) => x.questionText)).toEqual(["kept"]);
    expect((await Choice.objects.all()).map((c) => [c.choiceText, c.votes])).toEqual([["a", 1]]);
  });

  it("concurrent requests never run inside each other's transaction", async () => {
    const { Question, app } = ctx.m;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const inside = app.db.atomic(async () => {
      await Question.objects.create({ questionText: "in the transaction" });
      await gate;
      throw new Error("roll back");
    });
    // Started while the transaction is open; must not be rolled back with it.
    const outside = Question.objects.create({ questionText: "outside" });
    setTimeout(release, 20);
    await expect(inside).rejects.toThrow("roll back");
    await outside;
    expect((await Question.objects.all()).map((x) => x.questionText)).toEqual(["outside"]);
  });

  it("fullClean reports Django's messages by field, unique checks included", async () => {
    const { Author, Item, Choice, Question } = ctx.m;
    await Author.objects.create({ name: "Ann" });
    const errors = async (instance: { fullClean(): Promise<void> }) => {
      try {
        await instance.fullClean();
        return null;
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        return Object.fromEntries(Object.entries(error.errorDict!).map(([k, v]) => [k, v.map((e) => e.message)]));
      }
    };
    expect(await errors(new Author({ name: "Ann", email: "not an email" }))).toEqual({
      name: ["Author with this Name already exists."],
      email: ["Enter a valid email address."],
    });
    expect(await errors(new Author({ name: "x".repeat(101) }))).toEqual({ name: ["Ensure this value has at most 100 characters (it has 101)."] });
    expect(await errors(new Author({ name: "" }))).toEqual({ name: ["This field cannot be blank."] });
    expect(await errors(new Item({ kind: "z", stock: -1, price: "1.234" }))).toEqual({
      kind: ["Value 'z' is not a valid choice."],
      stock: ["Ensure this value is greater than or equal to 0."],
      price: ["Ensure that there are no more than 2 decimal places."],
    });
    const q = await Question.objects.create({ questionText: "?" });
    await Choice.objects.create({ question: q, choiceText: "a" });
    expect(await errors(new Choice({ question: q, choiceText: "a" }))).toEqual({ __all__: ["Choice with this Question and Choice text already exists."] });
    expect(await errors(new Choice({ choiceText: "b" }))).toEqual({ question: ["This field cannot be null."] });
    await expect(Author.objects.create({ name: "Ann" })).rejects.toBeInstanceOf(IntegrityError);
  });
});
