/**
 * The signer of `response.setSignedCookie` and `request.getSignedCookie`, as Django's
 * `get_cookie_signer`: a TimestampSigner whose key is "django.http.cookies" + SECRET_KEY and
 * whose salt starts with the cookie's name, so a signed cookie cannot be replayed under
 * another name (and is readable by a Django project with the same key).
 */
import { TimestampSigner } from "./signer.js";
/**
 * The signer for the cookie `name` with the extra `salt`.
 *
 * @example
 * ```ts
 * cookieSigner(app.secretKey, "cart").sign("1,2,3"); // "1,2,3:1lyOqD:…"
 * ```
 */
export function cookieSigner(secretKey, name, salt = "") {
    return new TimestampSigner({ key: `django.http.cookies${secretKey}`, salt: name + salt });
}
