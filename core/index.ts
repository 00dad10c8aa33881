/**
 * onefile: Django's idea of a web framework in one TypeScript file.
 *
 * Everything a single-file project imports comes from here:
 *
 * @example
 * ```ts
 * import { App, path, render, HttpResponse, type HttpRequest } from "onefile";
 * const app = new App({ DEBUG: true });
 * app.urlpatterns = [path("", () => "Hello, world", { name: "index" })];
 * export default app;
 * ```
 * @module
 */
export { App } from "./app.ts";
export type { Settings, SettingsInput } from "./settings.ts";
export {
  Http404,
  PermissionDenied,
  BadRequest,
  SuspiciousOperation,
  DisallowedHost,
  DisallowedRedirect,
  RequestDataTooBig,
  TooManyFieldsSent,
  TooManyFilesSent,
  ImproperlyConfigured,
} from "./errors.ts";
export { HttpRequest, type RequestResolverMatch, type RequestState, type RequestApp } from "./http/request.ts";
export { QueryDict, MultiValueDict } from "./http/querydict.ts";
export {
  HttpResponse,
  StreamingHttpResponse,
  JsonResponse,
  HttpResponseRedirect,
  HttpResponsePermanentRedirect,
  HttpResponseNotModified,
  HttpResponseBadRequest,
  HttpResponseForbidden,
  HttpResponseNotFound,
  HttpResponseNotAllowed,
  HttpResponseServerError,
  type ResponseInit,
} from "./http/response.ts";
export type { CookieOptions } from "./http/cookies.ts";
export { fromWebRequest, type IncomingRequest } from "./http/incoming.ts";
export { ResponseHeaders, type ResponseHeadersInit } from "./http/headers.ts";
export {
  DEFAULT_MIDDLEWARE,
  CommonMiddleware,
  noAppendSlash,
  SecurityMiddleware,
  SessionMiddleware,
  CsrfViewMiddleware,
  AuthenticationMiddleware,
  MessageMiddleware,
  type Middleware,
  type MiddlewareApp,
  type GetResponse,
} from "./middleware/index.ts";
export { csrfExempt, ensureCsrfCookie, getToken, rotateToken } from "./csrf/index.ts";
export { Session, MemorySessionStore, SignedCookieSessionStore, type SessionStore, type SessionData, type SessionStoreContext } from "./sessions/index.ts";
export { messages, Message, type MessageStorage } from "./messages/index.ts";
export { render, redirect, getObjectOr404, getListOr404 } from "./shortcuts.ts";
export { View } from "./views.ts";
export { Client, RedirectCycleError, type TestResponse, type RequestOptions } from "./test/client.ts";
export type { ViewResult } from "./handler.ts";
export { TemplateDoesNotExist, TemplateSyntaxError, type TemplateLoader } from "./templates/index.ts";
export { path, rePath, include, registerConverter, NoReverseMatch, Resolver404, type Converter, type ConverterTypes, type RouteParams, type RegexParams, type URLPattern, type View as ViewFunction, type ReverseOptions, type QueryInput } from "./urls/index.ts";
export * as forms from "./forms/index.ts";
export * as signing from "./signing/index.ts";
export { Signer, TimestampSigner, BadSignature, SignatureExpired } from "./signing/index.ts";
export * as auth from "./auth/index.ts";
export * as admin from "./admin/index.ts";
export { loginRequired, permissionRequired, userPassesTest, AnonymousUser, authenticate, login, logout, type AuthUser } from "./auth/index.ts";
export { urlHasAllowedHostAndScheme } from "./http/url-safety.ts";
export * as models from "./db/models.ts";
export { ModelForm, type ModelFormClass, type ModelFormOptions, type ModelFormMembers } from "./db/model-form.ts";
export { F, Count, Sum, Avg, Min, Max } from "./db/query/expressions.ts";
export { Q } from "./db/query/q.ts";
export { Database, SchemaRefused, type ContextStore, type AttachOptions } from "./db/database.ts";
export type { Driver, Connection, Dialect, SqlValue, QueryResult } from "./db/driver.ts";
export { singleConnection } from "./db/single-connection.ts";
export { FieldError, ObjectDoesNotExist, MultipleObjectsReturned, IntegrityError, ProtectedError, RelationNotLoaded, DatabaseNotConfigured } from "./db/errors.ts";
export type { DatabaseSettings } from "./settings.ts";
