import { inflateSync } from 'node:zlib';

/**
 * A PDF file's own bookkeeping, read without a viewer (viewers silently rebuild a broken cross-reference
 * table): every offset in the table must point at its object, and every Flate stream must inflate.
 */
export function structureProblems(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const problems: string[] = [];
  if (!text.startsWith('%PDF-1.7\n')) problems.push('no %PDF-1.7 header');
  const start = Number(/startxref\n(\d+)\n%%EOF\n?$/.exec(text)?.[1] ?? -1);
  if (!text.startsWith('xref\n', start)) return [...problems, `startxref ${start} does not point at the cross-reference table`];
  const [, countLine, ...entries] = text.slice(start).split('\n');
  const count = Number(countLine!.split(' ')[1]);
  for (let id = 1; id < count; id += 1) {
    const offset = Number(entries[id]!.slice(0, 10));
    if (!text.startsWith(`${id} 0 obj\n`, offset)) problems.push(`object ${id}: offset ${offset} points elsewhere`);
  }
  for (const match of text.matchAll(/\/Length (\d+)\n\/Filter \/FlateDecode\n>>\nstream\n/g)) {
    const from = match.index + match[0].length;
    try {
      inflateSync(pdf.subarray(from, from + Number(match[1])));
    } catch {
      problems.push(`stream at ${from} does not inflate`);
    }
  }
  return problems;
}
