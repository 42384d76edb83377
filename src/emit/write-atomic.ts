import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';

/** The file beside `path` that its content goes to first: renamed into place, so no reader ever sees half a file. */
const temporaryFor = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);

/** Writes `path` through a temporary file renamed into place. */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const temporary = temporaryFor(path);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** The same, on libuv's thread pool: the caller goes on (rendering the next file, say) while the file is written. */
export async function writeFileAtomicInBackground(path: string, content: string | Uint8Array): Promise<void> {
  const temporary = temporaryFor(path);
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
