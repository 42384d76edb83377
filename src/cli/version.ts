import { readFileSync } from 'node:fs';

/** The package's version, read once from package.json next to the compiled sources. */
export const toolVersion: string = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
