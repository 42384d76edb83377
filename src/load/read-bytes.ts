import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * One buffer that every file is read into in turn: a file's bytes are needed only until they are decoded or
 * scanned, and a fresh buffer per file cost a page fault per 4 KB (some 15 µs each on the CI machine; a corpus of
 * 1000 documents is 180 MB, read once to find the indexes and once more to load them).
 */
let shared = Buffer.allocUnsafeSlow(64 * 1024);

/**
 * The bytes of the file at `path`, or its size when that is over `maxBytes`. The bytes are a view of the shared
 * buffer: valid until the next call. Throws as `readFileSync` does.
 */
export function readBytes(path: string, maxBytes: number): Buffer | { tooLarge: number } {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) return { tooLarge: size };
    if (size > shared.length) shared = Buffer.allocUnsafeSlow(Math.max(size, shared.length * 2));
    let length = 0;
    while (length < size) {
      const read = readSync(fd, shared, length, size - length, null);
      if (read === 0) break;
      length += read;
    }
    return shared.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
