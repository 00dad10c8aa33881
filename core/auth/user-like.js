/**
 * The user of a request nobody logged in to (Django's `AnonymousUser`): not authenticated,
 * no permissions.
 *
 * @example
 * ```ts
 * if (request.user.isAnonymous) return redirect("login");
 * ```
 */
export class AnonymousUser {
    isAuthenticated = false;
    isAnonymous = true;
    isActive = false;
    isStaff = false;
    isSuperuser = false;
    pk = null;
    id = null;
    username = "";
    async hasPerm() {
        return false;
    }
    async hasPerms() {
        return false;
    }
    async hasModulePerms() {
        return false;
    }
    async getAllPermissions() {
        return new Set();
    }
    toString() {
        return "AnonymousUser";
    }
}
