"""The benchmark app in Django, one file, served by gunicorn (one sync worker).

Templates come from the TEMPLATES_JSON environment variable (the same sources as the Node peers);
Django's template syntax for them is the same as nunjucks'.
"""
import json
import os

from django.conf import settings

TEMPLATES = json.loads(os.environ["TEMPLATES_JSON"])
ROUTES = json.loads(os.environ["ROUTES_JSON"])
PAGE_CONTEXT = json.loads(os.environ["PAGE_JSON"])

settings.configure(
    DEBUG=False,
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    ROOT_URLCONF=__name__,
    SECRET_KEY="bench",
    MIDDLEWARE=["django.middleware.security.SecurityMiddleware", "django.middleware.common.CommonMiddleware"],
    TEMPLATES=[{
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "OPTIONS": {"loaders": [("django.template.loaders.cached.Loader", [("django.template.loaders.locmem.Loader", TEMPLATES)])]},
    }],
)

import django  # noqa: E402

django.setup()

from django.http import HttpResponse  # noqa: E402
from django.shortcuts import render  # noqa: E402
from django.urls import path  # noqa: E402


def text(body):
    return HttpResponse(body, content_type="text/plain; charset=utf-8")


def hello(request, id):
    return text(f"Hello, {id}")


def page(request):
    return render(request, "page.html", PAGE_CONTEXT)


def make(i):
    return lambda request, **kwargs: text(f"route {i}")


urlpatterns = [
    path(route, hello if route == "hello/<int:id>/" else page if route == "page/" else make(i))
    for i, route in enumerate(ROUTES)
]

from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()
