// blog.ts — posts with tags (many-to-many), comments, pages of five, and forms made from models.
import { App, Count, getObjectOr404, Http404, ModelForm, models, path, redirect, render, type HttpRequest } from "onefile";

const PER_PAGE = 5;

const app = new App({
  DEBUG: true,
  SECRET_KEY: "onefile-insecure-blog-example",
  TEMPLATES: {
    "base.html": `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>{% block title %}Blog{% endblock %}</title>
<body><header><a href="{{ url('index') }}">Blog</a> · <a href="{{ url('new_tag') }}">New tag</a></header>
{% block body %}{% endblock %}</body></html>`,
    "index.html": `{% extends "base.html" %}{% block body %}
<h1>{% if tag %}Posts tagged {{ tag.name }}{% else %}Latest posts{% endif %}</h1>
{% for post in posts %}<article>
  <h2><a href="{{ url('post', {slug: post.slug}) }}">{{ post.title }}</a></h2>
  <p>{% for tag in post.tags %}<a class="tag" href="{{ url('tag', {name: tag.name}) }}">#{{ tag.name }}</a> {% endfor %}
  · {{ post.numComments }} comment{{ "" if post.numComments == 1 else "s" }}</p>
</article>{% else %}<p>No posts yet.</p>{% endfor %}
<nav>{% if page > 1 %}<a rel="prev" href="?page={{ page - 1 }}">Newer</a>{% endif %}
Page {{ page }} of {{ pages }}
{% if page < pages %}<a rel="next" href="?page={{ page + 1 }}">Older</a>{% endif %}</nav>
{% endblock %}`,
    "post.html": `{% extends "base.html" %}{% block title %}{{ post.title }}{% endblock %}{% block body %}
<h1>{{ post.title }}</h1>
<p>{% for tag in post.tags %}#{{ tag.name }} {% endfor %}</p>
<div>{{ post.body }}</div>
<h2>Comments</h2>
<ol>{% for comment in post.comments %}<li><b>{{ comment.author }}</b>: {{ comment.body }}</li>{% else %}<li>Be the first to comment.</li>{% endfor %}</ol>
<form method="post">{% csrf_token %}{{ form }}<button>Comment</button></form>
{% endblock %}`,
    "tag_form.html": `{% extends "base.html" %}{% block body %}
<h1>New tag</h1>
<form method="post">{% csrf_token %}{{ form }}<button>Add</button></form>
{% endblock %}`,
  },
});

export class Tag extends app.Model("Tag", {
  name: models.SlugField({ maxLength: 30, unique: true }),
}, { ordering: ["name"] }) {
  declare static objects: models.Manager<Tag>;
  declare posts: models.ManyRelatedManager<Post>;
  override toString() {
    return this.name;
  }
}

export class Post extends app.Model("Post", {
  title: models.CharField({ maxLength: 200 }),
  slug: models.SlugField({ unique: true }),
  body: models.TextField(),
  published: models.DateTimeField({ default: () => new Date() }),
  tags: models.ManyToManyField(() => Tag, { relatedName: "posts" }),
}, { ordering: ["-published"] }) {
  declare static objects: models.Manager<Post>;
  declare comments: models.RelatedManager<Comment>;
  override toString() {
    return this.title;
  }
}

export class Comment extends app.Model("Comment", {
  post: models.ForeignKey(() => Post, { onDelete: models.CASCADE, relatedName: "comments" }),
  author: models.CharField({ maxLength: 60 }),
  body: models.TextField(),
  created: models.DateTimeField({ autoNowAdd: true }),
}, { ordering: ["created"] }) {
  declare static objects: models.Manager<Comment>;
}

const CommentForm = ModelForm(Comment, { fields: ["author", "body"], labels: { body: "Comment" } });
const TagForm = ModelForm(Tag, { fields: ["name"] });

/** The page number from `?page=`, or 404 for one that is not a whole number from 1 to `pages`. */
function pageNumber(request: HttpRequest, pages: number): number {
  const text = request.GET.get("page") ?? "1";
  const page = /^\d+$/.test(text) ? Number(text) : 0;
  if (page < 1 || page > pages) throw new Http404(`There is no page ${text}.`);
  return page;
}

/** A page of posts (of one tag, or all). */
async function listing(request: HttpRequest, tag: Tag | null) {
  const all = tag ? tag.posts.all() : Post.objects.all();
  const pages = Math.max(1, Math.ceil((await all.count()) / PER_PAGE));
  const page = pageNumber(request, pages);
  // One query for the page, one for all its posts' tags: the template needs both and cannot wait.
  const posts = await all.annotate({ numComments: Count("comments") }).prefetchRelated("tags").slice((page - 1) * PER_PAGE, page * PER_PAGE);
  return render(request, "index.html", { posts, page, pages, tag });
}

function index(request: HttpRequest) {
  return listing(request, null);
}

async function tagged(request: HttpRequest, { name }: { name: string }) {
  return listing(request, await getObjectOr404(Tag, { name }));
}

async function post(request: HttpRequest, { slug }: { slug: string }) {
  const entry = await getObjectOr404(Post.objects.prefetchRelated("tags", "comments"), { slug });
  const form = new CommentForm(request.method === "POST" ? request.POST : null);
  if (request.method === "POST") {
    form.instance.post = entry;
    if (await form.validate()) {
      await form.save();
      return redirect("post", { slug });
    }
  }
  return render(request, "post.html", { post: entry, form }, { status: form.isBound ? 400 : 200 });
}

async function newTag(request: HttpRequest) {
  const form = new TagForm(request.method === "POST" ? request.POST : null);
  if (request.method === "POST" && (await form.validate())) {
    const tag = await form.save();
    return redirect("tag", { name: tag.name });
  }
  return render(request, "tag_form.html", { form }, { status: form.isBound ? 400 : 200 });
}

app.test("the index pages posts five at a time, with their tags and comment counts", async ({ client, expect }) => {
  const django = await Tag.objects.create({ name: "django" });
  for (let i = 1; i <= 7; i++) {
    const entry = await Post.objects.create({ title: `Post ${i}`, slug: `post-${i}`, body: "…", published: new Date(Date.UTC(2024, 0, i)) });
    if (i % 2) await entry.tags.add(django);
  }
  await Comment.objects.create({ post: (await Post.objects.get({ slug: "post-7" }))!, author: "Ann", body: "First!" });
  const first = await client.get("/");
  expect(first).toContainText("Post 7");
  expect(first).toContainText("1 comment");
  expect(first).toContainText("Page 1 of 2");
  expect(await client.get("/?page=2")).toContainText("Post 1");
  expect(await client.get("/?page=3")).toHaveStatus(404);
  expect(await client.get("/tag/django/")).toContainText("Posts tagged django");
});

app.test("a comment is added; an empty one shows the form's errors", async ({ client, expect }) => {
  await Post.objects.create({ title: "Hello", slug: "hello", body: "World" });
  const added = await client.post("/hello/", { author: "Bob", body: "Nice post" }, { follow: true });
  expect(added).toContainText("Bob: Nice post");
  expect(await client.post("/hello/", { author: "", body: "" })).toContainText("This field is required.");
});

app.test("a tag that exists already is a form error, not a server error", async ({ client, expect }) => {
  expect(await client.post("/tags/new/", { name: "orm" })).toHaveStatus(302);
  const again = await client.post("/tags/new/", { name: "orm" });
  expect(again).toHaveStatus(400);
  expect(again).toContainText("Tag with this Name already exists.");
});

app.urlpatterns = [
  path("", index, { name: "index" }),
  path("tags/new/", newTag, { name: "new_tag" }),
  path("tag/<slug:name>/", tagged, { name: "tag" }),
  path("<slug:slug>/", post, { name: "post" }),
];

export default app;
