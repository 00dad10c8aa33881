/**
 * The ORM's exceptions, with Django's names.
 *
 * @module
 */

/** A lookup, ordering or field name the model does not have, or a value a field cannot hold. */
export class FieldError extends Error {
  override name = "FieldError";
}

/** `get()` found no row. Each model has its own subclass, `Model.DoesNotExist`. */
export class ObjectDoesNotExist extends Error {
  override name = "DoesNotExist";
}

/** `get()` found more than one row. Each model has its own subclass, `Model.MultipleObjectsReturned`. */
export class MultipleObjectsReturned extends Error {
  override name = "MultipleObjectsReturned";
}

/** A constraint of the database refused a write (unique, not null, foreign key). */
export class IntegrityError extends Error {
  override name = "IntegrityError";
  constructor(
    message: string,
    /** "unique", "notnull", "foreignkey", "check" or "other". */
    readonly kind: "unique" | "notnull" | "foreignkey" | "check" | "other" = "other",
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

/** A delete was refused because `onDelete: PROTECT` (or RESTRICT) objects refer to the objects. */
export class ProtectedError extends IntegrityError {
  override name = "ProtectedError";
  constructor(
    message: string,
    /** The referring objects that blocked the delete. */
    readonly protectedObjects: unknown[],
  ) {
    super(message, "foreignkey");
  }
}

/**
 * A relation was read without being loaded. Templates cannot wait for the database, so the
 * view must load relations first; the message names the fix.
 */
export class RelationNotLoaded extends Error {
  override name = "RelationNotLoaded";
}

/** The app has models but no database was attached (a host attaches one; see `app.db`). */
export class DatabaseNotConfigured extends Error {
  override name = "DatabaseNotConfigured";
}
