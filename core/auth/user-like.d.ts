/**
 * What `request.user` is: a logged-in `User` or the `AnonymousUser`. Permission checks are
 * async because a user's permissions live in the database (they are loaded once per request).
 */
export interface AuthUser {
    /** True for a logged-in user; false for the anonymous user. */
    readonly isAuthenticated: boolean;
    /** The opposite of `isAuthenticated`. */
    readonly isAnonymous: boolean;
    readonly isActive: boolean;
    /** May use the admin. */
    readonly isStaff: boolean;
    /** Has every permission without being given them. */
    readonly isSuperuser: boolean;
    /** The user's primary key, null for the anonymous user. */
    readonly pk: unknown;
    /** The user name, "" for the anonymous user. */
    readonly username: string;
    /** True when the user has `perm` ("app_label.codename", e.g. "polls.change_question"). */
    hasPerm(perm: string, obj?: unknown): Promise<boolean>;
    /** True when the user has every one of `perms`. */
    hasPerms(perms: Iterable<string>, obj?: unknown): Promise<boolean>;
    /** True when the user has any permission in the app `appLabel`. */
    hasModulePerms(appLabel: string): Promise<boolean>;
    /** Every permission the user has, as "app_label.codename" strings. */
    getAllPermissions(obj?: unknown): Promise<Set<string>>;
}
/**
 * The user of a request nobody logged in to (Django's `AnonymousUser`): not authenticated,
 * no permissions.
 *
 * @example
 * ```ts
 * if (request.user.isAnonymous) return redirect("login");
 * ```
 */
export declare class AnonymousUser implements AuthUser {
    readonly isAuthenticated = false;
    readonly isAnonymous = true;
    readonly isActive = false;
    readonly isStaff = false;
    readonly isSuperuser = false;
    readonly pk: null;
    readonly id: null;
    readonly username = "";
    hasPerm(): Promise<boolean>;
    hasPerms(): Promise<boolean>;
    hasModulePerms(): Promise<boolean>;
    getAllPermissions(): Promise<Set<string>>;
    toString(): string;
}
