// examples/urls.ts — converters, include() with a namespace, reverse() and redirect()
import { App, path, rePath, include, redirect, getObjectOr404, HttpResponse, type HttpRequest } from "onefile";

const app = new App({ DEBUG: true });

// A converter of your own, registered on this app only.
app.registerConverter("year", {
  regex: "[0-9]{4}",
  toValue: (value) => Number(value),
  toUrl: (value) => String(value).padStart(4, "0"),
});

const posts = new Map([
  [1, { id: 1, slug: "hello-world", year: 2024, title: "Hello, world" }],
  [2, { id: 2, slug: "second-post", year: 2025, title: "A second post" }],
]);

function postDetail(request: HttpRequest, { id, slug }: { id: number; slug: string }) {
  const post = getObjectOr404(posts.get(id), `No post with id ${id}`);
  if (post.slug !== slug) return redirect("blog:post", { id, slug: post.slug }, { permanent: true });
  return new HttpResponse(`<h1>${post.title}</h1><a href="${request.app.reverse("blog:archive", { year: post.year })}">${post.year}</a>`);
}

function archive(request: HttpRequest, { year }: { year: number }) {
  const titles = [...posts.values()].filter((p) => p.year === year).map((p) => p.title);
  return `Posts from ${year}: ${titles.join(", ") || "none"}`;
}

function file(request: HttpRequest, { name }: { name: string }) {
  return `You asked for the file ${name}`;
}

function legacy(request: HttpRequest, { id }: { id: string }) {
  return redirect("blog:post", { id: Number(id), slug: posts.get(Number(id))?.slug ?? "unknown" });
}

const blogPatterns = [
  path("<int:id>/<slug:slug>/", postDetail, { name: "post" }),
  path("<year:year>/", archive, { name: "archive" }),
];

app.urlpatterns = [
  path("", () => redirect("blog:archive", { year: 2024 }), { name: "home" }),
  path("blog/", include(blogPatterns, { namespace: "blog" })),
  path("files/<path:name>", file, { name: "file" }),
  rePath("^legacy/(?<id>[0-9]+)\\.html$", legacy, { name: "legacy" }),
];

app.test("converters resolve and reverse, and a wrong slug redirects", async ({ client, expect }) => {
  expect(app.reverse("blog:post", { id: 1, slug: "hello-world" })).toBe("/blog/1/hello-world/");
  expect(await client.get("/blog/1/hello-world/")).toContainText("Hello, world");
  expect(await client.get("/blog/2/old-slug/")).toRedirectTo("/blog/2/second-post/");
  expect(await client.get("/legacy/1.html")).toRedirectTo("/blog/1/hello-world/");
  expect(await client.get("/blog/2025/")).toContainText("Posts from 2025: A second post");
});

export default app;
