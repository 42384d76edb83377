/**
 * A copy of `text` that shares no memory with the string it was cut from. V8 keeps a substring of 13 characters or
 * more as a view on its parent, so a word kept in a process-wide cache would keep its whole source file alive.
 * Only for what such caches keep: copying costs a round trip through a buffer.
 */
export function detached(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}
