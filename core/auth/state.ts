/**
 * An app's auth: its `User`, `Group`, `Permission` and `ContentType` models and what works on
 * them. Made once per app when the app first uses auth (`app.auth`, or the admin), so their
 * tables are created with the app's others. Lower layers find it by the app object, never
 * through a global registry.
 */
import { declareAuthModels } from "./models.ts";
import { permissionsEnsurer, permissionsLoader } from "./permissions.ts";
import { defineUser, type AuthHost } from "./user.ts";

/** The auth of one app: `app.auth`. */
export function createAuth(host: AuthHost) {
  const declared = declareAuthModels(host.db);
  const User = defineUser(declared, host, permissionsLoader(declared));
  const { ContentType, Permission, Group } = declared;
  return {
    User,
    Group,
    Permission,
    ContentType,
    /** Creates missing content types and default permissions (once per database). */
    ensurePermissions: permissionsEnsurer(host.db, declared),
    /** The app's settings and key, for the login functions. */
    host,
  };
}

/** An app's auth, as `app.auth` returns it. */
export type AppAuth = ReturnType<typeof createAuth>;
/** The User class of an app. */
export type UserClass = AppAuth["User"];
/** A user of an app. */
export type User = InstanceType<UserClass>;

const installed = new WeakMap<object, AppAuth>();

/** Makes `app`'s auth (once) and returns it. `App.auth` calls this. */
export function installAuth(app: AuthHost): AppAuth {
  let auth = installed.get(app);
  if (!auth) installed.set(app, (auth = createAuth(app)));
  return auth;
}

/** The auth of `app`, or undefined when the app never used auth. */
export function authOf(app: object): AppAuth | undefined {
  return installed.get(app);
}
