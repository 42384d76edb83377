import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { materialize, temporaryDirectory } from '../helpers/fixtures.js';

/** `curric check --format json` on a directory; returns the exit code and the findings as `file:line:column rule message`. */
async function check(directory: string, ...paths: string[]) {
  const run = await runCli(['check', '--format', 'json', ...(paths.length ? paths : ['.'])], { cwd: directory });
  const report = run.stdout ? (JSON.parse(run.stdout) as { diagnostics: { file: string; line: number; column: number; ruleId: string; message: string }[] }) : undefined;
  return { code: run.code, stderr: run.stderr, findings: report?.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.message}`) ?? [] };
}

function writeFiles(files: Record<string, string | Buffer>): string {
  const directory = temporaryDirectory();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(directory, name, '..'), { recursive: true });
    writeFileSync(join(directory, name), content);
  }
  return directory;
}

describe('bad input yields a diagnostic and an exit code, never a crash', () => {
  it('reports malformed YAML at the error', async () => {
    const directory = writeFiles({ 'plan.yaml': 'kind: training-plan\nid: [unclosed\ntitle: x\n' });
    const result = await check(directory);
    expect(result.code).toBe(1);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatch(/^plan\.yaml:\d+:\d+ yaml-syntax /);
  });

  it('reports a wrong type at the value, with a hint to quote numeric ids', async () => {
    const directory = materialize('training-plan');
    writeFileSync(join(directory, 'domains/domain-2.yaml'), 'id: 2\ntitle: Servir les clients\ncompetences: []\n');
    const result = await check(directory);
    expect(result.code).toBe(1);
    expect(result.findings).toEqual(['domains/domain-2.yaml:1:5 schema domains[1].id: expected string, found number 2; quote it: "2"']);
  });

  it('reports an unknown key at the key, with a suggestion', async () => {
    const directory = materialize('training-plan');
    writeFileSync(join(directory, 'domains/domain-2.yaml'), 'id: "2"\ntitel: Servir les clients\ncompetences: []\n');
    const result = await check(directory);
    expect(result.findings).toEqual([
      'domains/domain-2.yaml:1:1 schema missing required key "title" in domains[1]',
      'domains/domain-2.yaml:2:1 schema unknown key "titel" in domains[1]; did you mean "title"?',
    ]);
  });

  it('reports a missing key at its parent mapping', async () => {
    const directory = materialize('teaching-plan');
    writeFileSync(join(directory, 'overview.yaml'), 'modules: []\ntotal: { presence: 0, selfStudy: 0 }\n');
    const result = await check(directory);
    expect(result.findings).toContain('overview.yaml:2:8 schema missing required key "total" in overview.total');
  });

  it('reports an unknown document kind with a suggestion', async () => {
    const directory = writeFiles({ 'plan.yaml': 'kind: training-plans\n' });
    expect((await check(directory)).findings).toEqual(['plan.yaml:1:7 schema unknown document kind "training-plans"; expected one of training-plan, teaching-plan; did you mean "training-plan"?']);
  });

  it('exits 2 for a path that does not exist', async () => {
    const directory = temporaryDirectory();
    const result = await check(directory, 'nowhere');
    expect(result).toMatchObject({ code: 2, stderr: 'curric: nowhere: no such file or directory\n' });
  });

  it('exits 2 for a directory without YAML', async () => {
    const directory = writeFiles({ 'notes.txt': 'no yaml here' });
    const result = await check(directory);
    expect(result).toMatchObject({ code: 2, stderr: 'curric: .: the directory holds no YAML file (*.yaml, *.yml)\n' });
  });

  it('reports an include of a missing file at the include', async () => {
    const directory = materialize('training-plan');
    writeFileSync(join(directory, 'curriculum.yaml'), readFileSync(join(directory, 'curriculum.yaml'), 'utf8').replace('annex.yaml', 'annexe.yaml'));
    const result = await check(directory);
    expect(result.code).toBe(1);
    expect(result.findings).toEqual([
      'annex.yaml:1:1 unused-file no document includes this file and it has no top-level `kind`: it is not checked',
      'curriculum.yaml:29:12 include-missing included file annexe.yaml does not exist',
    ]);
  });

  it('reports a cycle between included files', async () => {
    const directory = writeFiles({
      'plan.yaml': 'kind: teaching-plan\noverview:\n  include: a.yaml\n',
      'a.yaml': 'modules:\n  include: b.yaml\n',
      'b.yaml': '- include: a.yaml\n',
    });
    const result = await check(directory);
    expect(result.code).toBe(1);
    expect(result.findings).toEqual(['b.yaml:1:12 include-cycle include cycle: a.yaml → b.yaml → a.yaml']);
  });

  it('refuses an alias bomb without expanding it', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) levels.push(`${'bcdefghij'[i - 1]}: &${'bcdefghij'[i - 1]} [${Array(9).fill(`*${i === 1 ? 'a' : 'bcdefghij'[i - 2]}`).join(',')}]`);
    const directory = writeFiles({ 'bomb.yaml': `kind: training-plan\n${levels.join('\n')}\n` });
    const started = Date.now();
    const result = await check(directory);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.code).toBe(1);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatch(/^bomb\.yaml:\d+:\d+ (yaml-alias|yaml-syntax) /);
  });

  it('refuses a 50 MB file before parsing it', async () => {
    const directory = writeFiles({ 'huge.yaml': Buffer.alloc(50 * 1024 * 1024, 'a: 1\n') });
    const result = await check(directory);
    expect(result.code).toBe(1);
    expect(result.findings).toEqual(['huge.yaml:1:1 source-too-large the file is 50 MiB; sources are limited to 5 MiB']);
  });

  it('reports invalid UTF-8 at the offending byte', async () => {
    const directory = writeFiles({ 'latin1.yaml': Buffer.concat([Buffer.from('kind: training-plan\ntitle: Ma'), Buffer.from([0xee]), Buffer.from('tre\n')]) });
    const result = await check(directory);
    expect(result.code).toBe(1);
    expect(result.findings).toEqual(['latin1.yaml:2:10 yaml-encoding the file is not valid UTF-8']);
  });

  it('refuses nesting deeper than any curriculum needs', async () => {
    const directory = writeFiles({ 'deep.yaml': `kind: training-plan\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n` });
    const result = await check(directory);
    expect(result.code).toBe(1);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatch(/^deep\.yaml:2:\d+ yaml-syntax /);
  });

  it('exits 2 for an unknown option or format', async () => {
    const directory = materialize('training-plan');
    expect((await runCli(['check', '--format', 'xml'], { cwd: directory })).code).toBe(2);
    expect((await runCli(['check', '--bogus'], { cwd: directory })).code).toBe(2);
  });
});
