/**
 * The value checks behind EmailField, URLField and DecimalField, ported from
 * Django's `core/validators.py` so the same inputs pass and fail.
 *
 * @module
 */

const USER_RE = new RegExp(
  // dot-atom
  "^[-!#$%&'*+/=?^_`{}|~0-9a-z]+(\\.[-!#$%&'*+/=?^_`{}|~0-9a-z]+)*$" +
    // quoted-string
    '|^"([\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f!#-\\[\\]-\\x7f]|\\\\[\\x01-\\x09\\x0b\\x0c\\x0e-\\x7f])*"$',
  "i",
);
const DOMAIN_RE = /^((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+)(?:[a-z0-9-]{2,63}(?<!-))$/i;
const LITERAL_RE = /^\[([a-f0-9:.]+)\]$/i;

/** Converts an internationalized domain to its ASCII (punycode) form with the Web URL parser. */
function toAscii(domain: string): string | null {
  try {
    return new URL(`http://${domain}/`).hostname;
  } catch {
    return null;
  }
}

/**
 * Django's EmailValidator: a dot-atom or quoted local part, and a domain with
 * a dot (or `localhost`, or an IP literal in brackets); at most 320 characters.
 *
 * @example
 * ```ts
 * isValidEmail("ann@example.com"); // true
 * isValidEmail("ann@example");     // false
 * ```
 */
export function isValidEmail(value: string): boolean {
  if (!value || !value.includes("@") || value.length > 320) return false;
  const at = value.lastIndexOf("@");
  const user = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (!USER_RE.test(user)) return false;
  if (domain.toLowerCase() === "localhost") return true;
  if (DOMAIN_RE.test(domain)) return true;
  const literal = LITERAL_RE.exec(domain);
  if (literal) return toAscii(`[${literal[1]}]`) !== null || /^\d{1,3}(\.\d{1,3}){3}$/.test(literal[1]!);
  if (/[^\x00-\x7f]/.test(domain)) {
    const ascii = toAscii(domain);
    return ascii !== null && DOMAIN_RE.test(ascii);
  }
  return false;
}

const UL = "\\u00a1-\\uffff";
const IPV4 = "(?:0|25[0-5]|2[0-4][0-9]|1[0-9]?[0-9]?|[1-9][0-9]?)(?:\\.(?:0|25[0-5]|2[0-4][0-9]|1[0-9]?[0-9]?|[1-9][0-9]?)){3}";
const IPV6 = "\\[[0-9a-f:.]+\\]";
const HOSTNAME = `[a-z${UL}0-9](?:[a-z${UL}0-9-]{0,61}[a-z${UL}0-9])?`;
const DOMAIN = `(?:\\.(?!-)[a-z${UL}0-9-]{1,63}(?<!-))*`;
const TLD = `\\.(?!-)(?:[a-z${UL}-]{2,63}|xn--[a-z0-9]{1,59})(?<!-)\\.?`;
const HOST = `(${HOSTNAME}${DOMAIN}${TLD}|localhost)`;
const URL_RE = new RegExp(
  `^(?:[a-z0-9.+-]*)://(?:[^\\s:@/?#]+(?::[^\\s:@/?#]*)?@)?(?:${IPV4}|${IPV6}|${HOST})(?::([0-9]{1,5}))?(?:[/?#][^\\s]*)?$`,
  "i",
);

/**
 * Django's URLValidator with its default schemes (http, https, ftp, ftps):
 * a host name with a top-level domain, `localhost`, or an IP address; an
 * optional port (0–65535) and path; at most 2048 characters.
 *
 * @example
 * ```ts
 * isValidUrl("https://example.com/a?b=c"); // true
 * isValidUrl("https://example");           // false
 * ```
 */
export function isValidUrl(value: string, schemes: readonly string[] = ["http", "https", "ftp", "ftps"]): boolean {
  if (!value || value.length > 2048 || /[\s]/.test(value)) return false;
  const scheme = value.slice(0, value.indexOf(":")).toLowerCase();
  if (!schemes.includes(scheme)) return false;
  const match = URL_RE.exec(value);
  if (!match) return false;
  // The user:password part ends before "?" and "#", as urlsplit reads it: "https://#@A.bO" has
  // no host (Django's "hostname is None" check).
  // Five digits fit the pattern, but a port is at most 65535 (Django: urlsplit's "Port out of range").
  const port = match[match.length - 1];
  if (port !== undefined && Number(port) > 65535) return false;
  // The regex accepts any bracketed hex for IPv6; the URL parser checks it properly.
  if (/^[^:]+:\/\/(?:[^@/]*@)?\[/.test(value)) {
    try {
      new URL(value);
    } catch {
      return false;
    }
  }
  return true;
}

/** A parsed decimal: sign, significant digits without leading zeros, and the power of ten of the last digit. */
export interface ParsedDecimal {
  negative: boolean;
  digits: string;
  exponent: number;
}

/**
 * Parses a decimal number as Python's `Decimal` would (signs, exponents,
 * `.5`), or returns null. No floating point is involved.
 *
 * @example
 * ```ts
 * parseDecimal("-012.50"); // { negative: true, digits: "1250", exponent: -2 }
 * ```
 */
export function parseDecimal(text: string): ParsedDecimal | null {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text);
  if (!match) return null;
  const [, sign, whole = "", fraction = "", exp] = match;
  if (!whole && !fraction) return null;
  const digits = (whole + fraction).replace(/^0+(?=\d)/, "");
  return { negative: sign === "-", digits, exponent: Number(exp ?? 0) - fraction.length };
}

/**
 * Digit counts as Django's DecimalValidator computes them.
 *
 * @example
 * ```ts
 * decimalCounts(parseDecimal("0.05")!); // { digits: 2, decimals: 2, whole: 0 }
 * ```
 */
export function decimalCounts(d: ParsedDecimal): { digits: number; decimals: number; whole: number } {
  let digits: number;
  let decimals: number;
  if (d.exponent >= 0) {
    digits = d.digits.length + (d.digits === "0" ? 0 : d.exponent);
    decimals = 0;
  } else if (-d.exponent > d.digits.length) {
    digits = decimals = -d.exponent;
  } else {
    digits = d.digits.length;
    decimals = -d.exponent;
  }
  return { digits, decimals, whole: digits - decimals };
}

/**
 * Plain decimal notation, keeping trailing zeros as Decimal does.
 *
 * @example
 * ```ts
 * formatDecimal(parseDecimal("1.5e2")!); // "150"
 * formatDecimal(parseDecimal(".50")!);   // "0.50"
 * ```
 */
export function formatDecimal(d: ParsedDecimal): string {
  let text: string;
  if (d.exponent >= 0) {
    text = d.digits === "0" ? "0" : d.digits + "0".repeat(d.exponent);
  } else {
    const padded = d.digits.padStart(-d.exponent + 1, "0");
    text = `${padded.slice(0, d.exponent)}.${padded.slice(d.exponent)}`;
  }
  const isZero = /^[0.]*$/.test(text);
  return d.negative && !isZero ? `-${text}` : text;
}

/**
 * Compares two decimal strings exactly: negative, zero or positive like a sort
 * comparator.
 *
 * @example
 * ```ts
 * compareDecimal("1.0000000000000001", "1"); // 1
 * ```
 */
export function compareDecimal(a: string, b: string): number {
  const pa = parseDecimal(a);
  const pb = parseDecimal(b);
  if (!pa || !pb) throw new TypeError(`Not a decimal: ${pa ? b : a}`);
  const scale = Math.max(-pa.exponent, -pb.exponent, 0);
  const toBig = (d: ParsedDecimal): bigint => {
    const value = BigInt(d.digits) * 10n ** BigInt(d.exponent + scale);
    return d.negative ? -value : value;
  };
  const diff = toBig(pa) - toBig(pb);
  return diff === 0n ? 0 : diff > 0n ? 1 : -1;
}
