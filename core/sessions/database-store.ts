/**
 * Sessions in the database (`SESSION_ENGINE: "db"`), Django's `django_session` table: the
 * cookie holds only a random key, so logging out (which deletes the row) ends the session for
 * every copy of the cookie, on every device. Expired rows are not read; they are deleted when
 * their session is next used or saved over.
 */
import type { Database } from "../db/database.ts";
import { defineModel } from "../db/model.ts";
import * as models from "../db/models.ts";
import { randomString } from "./random.ts";
import type { SessionData, SessionStore, SessionStoreContext } from "./store.ts";

/** Django's session keys: 32 characters of lower-case letters and digits. */
const KEY_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";

/** Declares the `Session` model in `db` and returns a store over it. */
export function databaseSessionStore(db: Database): SessionStore & { Session: ReturnType<typeof declareSession> } {
  const Session = declareSession(db);
  const objects = Session.objects as unknown as {
    filter(l: object): { first(): Promise<{ sessionData: string } | null>; update(v: object): Promise<number>; delete(): Promise<unknown>; exists(): Promise<boolean> };
    create(v: object): Promise<unknown>;
  };
  return {
    Session,
    async load(key: string): Promise<SessionData | null> {
      if (!/^[a-z0-9]{8,40}$/.test(key)) return null;
      const row = await objects.filter({ sessionKey: key, expireDate__gt: new Date() }).first();
      if (!row) return null;
      try {
        const data: unknown = JSON.parse(row.sessionData);
        return typeof data === "object" && data !== null && !Array.isArray(data) ? (data as SessionData) : null;
      } catch {
        return null;
      }
    },
    async save(key: string | null, data: SessionData, { maxAge }: SessionStoreContext): Promise<string> {
      const values = { sessionData: JSON.stringify(data), expireDate: new Date(Date.now() + maxAge * 1000) };
      if (key !== null && (await objects.filter({ sessionKey: key }).update(values)) > 0) return key;
      for (;;) {
        const fresh = randomString(32, KEY_CHARS);
        if (await objects.filter({ sessionKey: fresh }).exists()) continue;
        await objects.create({ sessionKey: fresh, ...values });
        return fresh;
      }
    },
    async delete(key: string): Promise<void> {
      await objects.filter({ sessionKey: key }).delete();
    },
  };
}

function declareSession(db: Database) {
  return defineModel(db.models, "Session", {
    sessionKey: models.CharField({ maxLength: 40, primaryKey: true, verboseName: "session key" }),
    sessionData: models.TextField({ verboseName: "session data" }),
    expireDate: models.DateTimeField({ dbIndex: true, verboseName: "expire date" }),
  }, { dbTable: "django_session", appLabel: "sessions", verboseName: "session" });
}
