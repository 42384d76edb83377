import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { repositoryDirectory, temporaryDirectory } from '../helpers/fixtures.js';

const shippedSchemas = join(repositoryDirectory, 'schemas');

function yamlFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => join(directory, name));
}

describe('curric schema', () => {
  it('writes the JSON Schemas that ship in schemas/', async () => {
    const out = temporaryDirectory();
    const run = await runCli(['schema', '--out', out], { cwd: repositoryDirectory });
    expect(run.code).toBe(0);
    const names = readdirSync(out).sort();
    expect(names).toEqual(readdirSync(shippedSchemas).sort());
    for (const name of names) expect(readFileSync(join(out, name), 'utf8'), `schemas/${name} is stale: run curric schema`).toBe(readFileSync(join(shippedSchemas, name), 'utf8'));
  });

  it('accepts every shipped source file under the schema its modeline names, and rejects a wrong type', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const schemaAt = (path: string) => ajv.getSchema(path) ?? (ajv.addSchema(JSON.parse(readFileSync(path, 'utf8')), path), ajv.getSchema(path)!);
    const files = yamlFiles(join(repositoryDirectory, 'curricula'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const schemaPath = /^# yaml-language-server: \$schema=(.+)$/m.exec(text)?.[1];
      expect(schemaPath, `${file} has no modeline`).toBeDefined();
      const validate = schemaAt(join(dirname(file), schemaPath!));
      const data = load(text);
      expect(validate(data), `${file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
      if (file.endsWith('domain-1.yaml')) expect(validate({ ...(data as object), id: 1 })).toBe(false);
    }
  });
});
