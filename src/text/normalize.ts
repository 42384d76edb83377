/** Text as compared by the rules: typographic apostrophes and quotes unified; spacing, case and a closing full stop ignored. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:])/g, '$1')
    .trim()
    .replace(/\.$/, '')
    .toLowerCase();
}

export function sameText(a: string, b: string): boolean {
  return normalizeText(a) === normalizeText(b);
}
