import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { jsonSchemas } from '../validate/json-schema.js';
import { writeFileAtomic } from '../emit/write-atomic.js';
import { ExitCode, type CliIo } from './io.js';

export function runSchema(outDirectory: string, io: CliIo): number {
  const directory = resolve(io.cwd, outDirectory);
  mkdirSync(directory, { recursive: true });
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    const file = resolve(directory, `${name}.schema.json`);
    writeFileAtomic(file, JSON.stringify(schema, null, 2) + '\n');
    io.stdout(`${file}\n`);
  }
  return ExitCode.ok;
}
