/**
 * String methods called through fixed references, for the layout's per-word and per-character code. Text reaches
 * the layout in many string representations (slices of the sources, concatenations, flat copies, internalized
 * keys), and a `text.method(…)` site that has seen more than four of them looks the method up on every call (a
 * megamorphic access, found with `--log-ic`); called through the reference, V8 calls (or inlines) it directly.
 */
const { charCodeAt: charCodeAtMethod, endsWith: endsWithMethod, includes: includesMethod, slice: sliceMethod, split: splitMethod } = String.prototype;

/** `text.charCodeAt(index)`. */
export function charCodeAt(text: string, index: number): number {
  return charCodeAtMethod.call(text, index);
}

/** `text.slice(start, end)`. */
export function sliceOf(text: string, start: number, end: number): string {
  return sliceMethod.call(text, start, end);
}

/** `text.includes(search)`. */
export function includes(text: string, search: string): boolean {
  return includesMethod.call(text, search);
}

/** `text.endsWith(search)`. */
export function endsWith(text: string, search: string): boolean {
  return endsWithMethod.call(text, search);
}

/** `text.split(separator)`. */
export function splitOn(text: string, separator: RegExp): string[] {
  return splitMethod.call(text, separator);
}
