import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { materialize, testsDirectory } from '../helpers/fixtures.js';

// The SARIF 2.1.0 JSON Schema (AdaCore's copy of the OASIS schema, which keeps the log's own rules in definitions.Root).
const schema = JSON.parse(readFileSync(join(testsDirectory, 'fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false }); // the schema's patterns are not valid with the u flag
ajv.addSchema(schema);
const validateLog = ajv.compile({ $ref: `${schema.$id}#/definitions/Root` });

describe('curric check --format sarif', () => {
  it('writes a SARIF 2.1.0 log that validates against the schema', async () => {
    const directory = materialize('training-plan');
    const file = join(directory, 'lesson-tables.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('total: 60', 'total: 61'));
    const run = await runCli(['check', '--format', 'sarif', '.'], { cwd: directory });
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout);
    expect(validateLog(log), JSON.stringify(validateLog.errors?.slice(0, 3))).toBe(true);
    expect(log.runs[0].results[0]).toMatchObject({
      ruleId: 'lesson-table-sum',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'lesson-tables.yaml' }, region: { startLine: 8, startColumn: 62 } } }],
    });
    expect(log.runs[0].tool.driver.rules[log.runs[0].results[0].ruleIndex].id).toBe('lesson-table-sum');
  });

  it('is rejected by the schema when broken, so the test can fail', () => {
    expect(validateLog({ version: '2.1.0', runs: [{ tool: {} }] })).toBe(false);
  });
});
