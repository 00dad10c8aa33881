/**
 * Where a new version of a text differs from the old one, so an editor can replace only that
 * part (app/monaco.ts: Monaco then re-tokenizes and re-renders that much, not the whole file).
 */

/**
 * The span that differs between two texts: it starts at `start` in both, and ends at `oldEnd`
 * in `before` and `newEnd` in `after`. A surrogate pair is never split.
 *
 * @example
 * changedSpan("abcd", "abXd"); // { start: 2, oldEnd: 3, newEnd: 3 }
 * after === before.slice(0, start) + after.slice(start, newEnd) + before.slice(oldEnd); // always
 */
export function changedSpan(before: string, after: string): { start: number; oldEnd: number; newEnd: number } {
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  // The common end may not overlap the common start (think "aa" → "aaa").
  let tail = 0;
  while (tail < limit - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  if (tail > 0 && isLowSurrogate(before.charCodeAt(before.length - tail))) tail--;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
