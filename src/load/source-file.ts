import { readBytes } from './read-bytes.js';

/** One YAML file as read from disk. `path` is what diagnostics print; `absolutePath` identifies it. */
export interface SourceFile {
  path: string;
  absolutePath: string;
  text: string;
}

/** Larger sources are refused before parsing: a real curriculum file is well under 1 MiB. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

export type ReadProblem =
  | { kind: 'unreadable'; reason: string }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'invalid-utf8'; line: number; column: number };

export type ReadResult = { file: SourceFile } | { problem: ReadProblem };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function readSourceFile(absolutePath: string, displayPath: string): ReadResult {
  let bytes: Buffer;
  try {
    const read = readBytes(absolutePath, MAX_SOURCE_BYTES);
    if ('tooLarge' in read) return { problem: { kind: 'too-large', bytes: read.tooLarge } };
    bytes = read;
  } catch (error) {
    return { problem: { kind: 'unreadable', reason: (error as NodeJS.ErrnoException).code ?? String(error) } };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { problem: { kind: 'invalid-utf8', ...positionOfInvalidUtf8(bytes) } };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { file: { path: displayPath, absolutePath, text } };
}

/** Line and column (1-based, in characters) of the first byte that is not valid UTF-8. */
function positionOfInvalidUtf8(bytes: Buffer): { line: number; column: number } {
  let offset = 0;
  while (offset < bytes.length) {
    const length = utf8SequenceLength(bytes, offset);
    if (length === 0) break;
    offset += length;
  }
  const before = utf8.decode(bytes.subarray(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** Length of the valid UTF-8 sequence starting at `offset`, or 0 when it is invalid. */
function utf8SequenceLength(bytes: Buffer, offset: number): number {
  const lead = bytes[offset]!;
  const length = lead < 0x80 ? 1 : lead >> 5 === 0b110 ? 2 : lead >> 4 === 0b1110 ? 3 : lead >> 3 === 0b11110 ? 4 : 0;
  if (length === 0 || offset + length > bytes.length) return 0;
  try {
    utf8.decode(bytes.subarray(offset, offset + length));
    return length;
  } catch {
    return 0;
  }
}
