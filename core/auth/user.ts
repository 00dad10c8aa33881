/**
 * The `User` model's behaviour, as Django's `AbstractUser` and `PermissionsMixin`: passwords
 * (hashed with the app's `PASSWORD_HASHERS`, upgraded on login), names, permissions (a
 * superuser has all; others have their own and their groups', loaded once per instance), and
 * `User.objects.createUser` / `createSuperuser`.
 */
import type { Database } from "../db/database.ts";
import { Manager } from "../db/manager.ts";
import type { Settings } from "../settings.ts";
import { randomString } from "../sessions/random.ts";
import { checkPassword, isPasswordUsable, makePassword, UNUSABLE_PASSWORD_PREFIX, UNUSABLE_PASSWORD_SUFFIX_LENGTH } from "./hashers.ts";
import type { declareAuthModels } from "./models.ts";
import { sessionAuthHash } from "./session-hash.ts";
import type { AuthUser } from "./user-like.ts";

/** What auth needs of the app: its database, settings and secret key. `App` is one. */
export interface AuthHost {
  readonly db: Database;
  readonly settings: Readonly<Settings>;
  readonly secretKey: string;
}

type Declared = ReturnType<typeof declareAuthModels>;

/**
 * `User.objects`: the default manager plus Django's `create_user` and `create_superuser`.
 */
export class UserManager<U> extends Manager<U> {
  /**
   * Creates and saves a user with a hashed password (an unusable one when `password` is null).
   *
   * @example
   * ```ts
   * const ada = await User.objects.createUser("ada", "ada@example.com", "correct horse");
   * ```
   */
  async createUser(username: string, email = "", password: string | null = null, extra: Record<string, unknown> = {}): Promise<U> {
    if (!username) throw new TypeError("The given username must be set");
    const Model = this.model as unknown as new (values: object) => U & { setPassword(raw: string | null): Promise<void>; save(): Promise<void> };
    const user = new Model({ username: username.normalize("NFKC"), email: normalizeEmail(email), isStaff: false, isSuperuser: false, ...extra });
    await user.setPassword(password);
    await user.save();
    return user;
  }

  /**
   * Creates a user with `isStaff` and `isSuperuser` set.
   *
   * @throws TypeError when `extra` sets either to false.
   */
  async createSuperuser(username: string, email = "", password: string | null = null, extra: Record<string, unknown> = {}): Promise<U> {
    if (extra.isStaff === false) throw new TypeError("Superuser must have isStaff=true.");
    if (extra.isSuperuser === false) throw new TypeError("Superuser must have isSuperuser=true.");
    return this.createUser(username, email, password, { ...extra, isStaff: true, isSuperuser: true });
  }
}

/** Django's `normalize_email`: the domain part in lower case. */
export function normalizeEmail(email: string): string {
  const at = email.lastIndexOf("@");
  return at === -1 ? email : email.slice(0, at) + "@" + email.slice(at + 1).toLowerCase();
}

/**
 * Extends the declared `User` with its behaviour. `loadPermissions` returns the user's own
 * and group permissions as "app_label.codename" sets (one query each, see permissions.ts).
 */
export function defineUser(
  { UserBase }: Pick<Declared, "UserBase">,
  host: AuthHost,
  loadPermissions: (user: { pk: unknown }) => Promise<{ user: Set<string>; group: Set<string> }>,
) {
  const managers = new WeakMap<object, UserManager<unknown>>();

  class User extends UserBase implements AuthUser {
    #permissions: Promise<{ user: Set<string>; group: Set<string> }> | undefined;

    /** `User.objects`, with `createUser` and `createSuperuser`. */
    static override get objects(): UserManager<User> {
      let manager = managers.get(this);
      if (!manager) managers.set(this, (manager = new UserManager(this as never)));
      return manager as UserManager<User>;
    }

    get isAuthenticated(): true {
      return true;
    }
    get isAnonymous(): false {
      return false;
    }

    /** Hashes `raw` with the app's preferred hasher into `password` (null: an unusable password). Save afterwards. */
    async setPassword(raw: string | null): Promise<void> {
      this.password = await makePassword(raw, { hashers: host.settings.PASSWORD_HASHERS });
    }

    /**
     * True when `raw` is this user's password. A correct password whose hash is stale (fewer
     * iterations than today's) is hashed again and saved, as Django does at login.
     */
    checkPassword(raw: string): Promise<boolean> {
      return checkPassword(raw, this.password, async (password) => {
        await this.setPassword(password);
        if (!this._state.adding) await this.save({ updateFields: ["password"] });
      }, host.settings.PASSWORD_HASHERS);
    }

    /** Makes the password one that never matches (for accounts that log in some other way). */
    setUnusablePassword(): void {
      this.password = UNUSABLE_PASSWORD_PREFIX + randomString(UNUSABLE_PASSWORD_SUFFIX_LENGTH);
    }

    hasUsablePassword(): boolean {
      return isPasswordUsable(this.password);
    }

    /** "first last", trimmed. */
    getFullName(): string {
      return `${this.firstName} ${this.lastName}`.trim();
    }

    /** The first name. */
    getShortName(): string {
      return this.firstName;
    }

    getUsername(): string {
      return this.username;
    }

    /** The HMAC of the password hash kept in the session: a new password ends other sessions. */
    getSessionAuthHash(): Promise<string> {
      return sessionAuthHash(this.password, host.secretKey);
    }

    /** Permissions given to the user directly, as "app_label.codename". */
    async getUserPermissions(): Promise<Set<string>> {
      if (!this.isActive) return new Set();
      return new Set((await this.#loaded()).user);
    }

    /** Permissions the user has through their groups. */
    async getGroupPermissions(): Promise<Set<string>> {
      if (!this.isActive) return new Set();
      return new Set((await this.#loaded()).group);
    }

    async getAllPermissions(): Promise<Set<string>> {
      if (!this.isActive) return new Set();
      const { user, group } = await this.#loaded();
      return new Set([...user, ...group]);
    }

    /** True for an active superuser, or an active user given `perm` directly or by a group. */
    async hasPerm(perm: string): Promise<boolean> {
      if (this.isActive && this.isSuperuser) return true;
      return (await this.getAllPermissions()).has(perm);
    }

    async hasPerms(perms: Iterable<string>): Promise<boolean> {
      const list = [...perms];
      if (this.isActive && this.isSuperuser) return true;
      const all = await this.getAllPermissions();
      return list.every((perm) => all.has(perm));
    }

    /** True when the user has any permission of the app `appLabel`. */
    async hasModulePerms(appLabel: string): Promise<boolean> {
      if (this.isActive && this.isSuperuser) return true;
      return [...(await this.getAllPermissions())].some((perm) => perm.startsWith(`${appLabel}.`));
    }

    /** Forgets the loaded permissions (after changing the user's groups or permissions). */
    clearPermissionCache(): void {
      this.#permissions = undefined;
    }

    override toString(): string {
      return this.username;
    }

    #loaded(): Promise<{ user: Set<string>; group: Set<string> }> {
      return (this.#permissions ??= loadPermissions(this));
    }
  }
  User._meta.concrete = User as never;
  return User;
}
