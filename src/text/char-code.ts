const charCodeAtMethod = String.prototype.charCodeAt;

/**
 * `text.charCodeAt(index)`, called through a fixed reference to the method. Text reaches the layout in many string
 * representations (slices of the sources, concatenations, flat copies, internalized keys), and a `text.charCodeAt`
 * site that has seen more than four of them looks the method up on every call (a megamorphic access); called
 * through the reference, V8 inlines it. Only for per-character loops, where that lookup is most of the work.
 */
export function charCodeAt(text: string, index: number): number {
  return charCodeAtMethod.call(text, index);
}
