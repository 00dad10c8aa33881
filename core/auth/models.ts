/**
 * Django's auth tables as onefile models: `ContentType` (django_content_type), `Permission`
 * (auth_permission), `Group` (auth_group) and the declaration of `User` (auth_user), with
 * Django's column names, so a onefile database reads like a Django one. Each app that uses auth
 * gets its own copies (no global registry), declared by `defineAuthModels` in its registry.
 */
import type { Database } from "../db/database.ts";
import { defineModel } from "../db/model.ts";
import * as models from "../db/models.ts";
import { ValidationError } from "../forms/errors.ts";

/**
 * Declares the auth models in `db`'s registry. Called once per app (by `app.auth`).
 * Returns the classes; `User` here is the bare declaration, which user.ts extends.
 */
export function declareAuthModels(db: Database) {
  const registry = db.models;

  class ContentType extends defineModel(registry, "ContentType", {
    appLabel: models.CharField({ maxLength: 100 }),
    model: models.CharField({ maxLength: 100, verboseName: "python model class name" }),
  }, { dbTable: "django_content_type", appLabel: "contenttypes", verboseName: "content type", uniqueTogether: [["appLabel", "model"]] }) {
    override toString(): string {
      return `${this.appLabel} | ${this.model}`;
    }
  }

  class Permission extends defineModel(registry, "Permission", {
    name: models.CharField({ maxLength: 255 }),
    contentType: models.ForeignKey(() => ContentType, { onDelete: models.CASCADE, verboseName: "content type", relatedName: "permissions" }),
    codename: models.CharField({ maxLength: 100 }),
  }, {
    dbTable: "auth_permission",
    appLabel: "auth",
    uniqueTogether: [["contentType", "codename"]],
    ordering: ["contentType__appLabel", "contentType__model", "codename"],
  }) {
    override toString(): string {
      const type = this._state.cache.get("contentType") as InstanceType<typeof ContentType> | undefined;
      return type ? `${type} | ${this.name}` : this.name;
    }
  }

  class Group extends defineModel(registry, "Group", {
    name: models.CharField({ maxLength: 150, unique: true }),
    permissions: models.ManyToManyField(() => Permission, { blank: true, dbTable: "auth_group_permissions", relatedName: "groupSet" }),
  }, { dbTable: "auth_group", appLabel: "auth", ordering: ["name"] }) {
    override toString(): string {
      return this.name;
    }
  }

  const UserBase = defineModel(registry, "User", {
    password: models.CharField({ maxLength: 128 }),
    lastLogin: models.DateTimeField({ null: true, blank: true, verboseName: "last login" }),
    isSuperuser: models.BooleanField({
      default: false,
      verboseName: "superuser status",
      helpText: "Designates that this user has all permissions without explicitly assigning them.",
    }),
    username: models.CharField({
      maxLength: 150,
      unique: true,
      helpText: "Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.",
      validators: [validateUsername],
    }),
    firstName: models.CharField({ maxLength: 150, blank: true, verboseName: "first name" }),
    lastName: models.CharField({ maxLength: 150, blank: true, verboseName: "last name" }),
    email: models.EmailField({ maxLength: 254, blank: true, verboseName: "email address" }),
    isStaff: models.BooleanField({ default: false, verboseName: "staff status", helpText: "Designates whether the user can log into this admin site." }),
    isActive: models.BooleanField({
      default: true,
      verboseName: "active",
      helpText: "Designates whether this user should be treated as active. Unselect this instead of deleting accounts.",
    }),
    dateJoined: models.DateTimeField({ default: () => new Date(), verboseName: "date joined" }),
    groups: models.ManyToManyField(() => Group, {
      blank: true,
      dbTable: "auth_user_groups",
      relatedName: "userSet",
      helpText: "The groups this user belongs to. A user will get all permissions granted to each of their groups.",
    }),
    userPermissions: models.ManyToManyField(() => Permission, {
      blank: true,
      dbTable: "auth_user_user_permissions",
      relatedName: "userSet",
      verboseName: "user permissions",
      helpText: "Specific permissions for this user.",
    }),
  }, { dbTable: "auth_user", appLabel: "auth" });

  return { ContentType, Permission, Group, UserBase };
}

/** Django's `UnicodeUsernameValidator`: letters, digits and @/./+/-/_ only. */
function validateUsername(value: string): void {
  if (!/^[\p{L}\p{N}_@.+-]+$/u.test(value)) {
    throw new ValidationError("Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters.", { code: "invalid" });
  }
}
