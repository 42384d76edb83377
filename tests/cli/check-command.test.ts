import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { materialize } from '../helpers/fixtures.js';

/** The base training plan with lesson-table row "Planifier le travail" declaring 61 instead of 60 lessons. */
function planWithOneWrongCount(): string {
  const directory = materialize('training-plan');
  const file = join(directory, 'lesson-tables.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('title: Planifier le travail, total: 60', 'title: Planifier le travail, total: 61'));
  return directory;
}

describe('curric check', () => {
  it('exits 0 and prints a summary on a clean document', async () => {
    const run = await runCli(['check', '.'], { cwd: materialize('training-plan') });
    expect(run).toEqual({ code: 0, stdout: '1 document checked: 0 errors, 0 warnings\n', stderr: '' });
  });

  it('names the file, line and column of a changed lesson count and exits 1', async () => {
    const run = await runCli(['check', '.'], { cwd: planWithOneWrongCount() });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('lesson-tables.yaml\n  8:62     error  lesson table "Tableau des leçons": row "Planifier le travail" declares 61 lessons, its years add up to 60  lesson-table-sum\n');
    expect(run.stdout).toContain('    >  8 |         - { domain: "1", title: Planifier le travail, total: 61, perYear: [40, 20], mark: "*" }\n');
    expect(run.stdout).toMatch(/\n1 document checked: 3 errors, 0 warnings\n$/);
  });

  it('colours text for a terminal unless NO_COLOR is set', async () => {
    const directory = planWithOneWrongCount();
    expect((await runCli(['check', '.'], { cwd: directory, isTTY: true })).stdout).toContain('\u001b[');
    expect((await runCli(['check', '.'], { cwd: directory, isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });

  it('prints stable JSON with positions and the values compared', async () => {
    const run = await runCli(['check', '--format', 'json', '.'], { cwd: planWithOneWrongCount() });
    const report = JSON.parse(run.stdout);
    expect(report.summary).toEqual({ documents: 1, errors: 3, warnings: 0 });
    expect(report.diagnostics[0]).toEqual({
      ruleId: 'lesson-table-sum',
      severity: 'error',
      message: 'lesson table "Tableau des leçons": row "Planifier le travail" declares 61 lessons, its years add up to 60',
      file: 'lesson-tables.yaml',
      line: 8,
      column: 62,
      endLine: 8,
      endColumn: 64,
      document: 'fixture-training-plan',
      expected: 60,
      actual: 61,
    });
  });

  it('prints GitHub annotations', async () => {
    const run = await runCli(['check', '--format', 'github', '.'], { cwd: planWithOneWrongCount() });
    expect(run.stdout.split('\n')[0]).toBe(
      '::error file=lesson-tables.yaml,line=8,col=62,endLine=8,endColumn=64,title=lesson-table-sum::lesson table "Tableau des leçons": row "Planifier le travail" declares 61 lessons, its years add up to 60',
    );
  });

  it('fails on warnings beyond --max-warnings', async () => {
    const directory = materialize('training-plan');
    const file = join(directory, 'inter-company-courses.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: Organiser son poste', 'title: Organiser le poste'));
    expect((await runCli(['check', '.'], { cwd: directory })).code).toBe(0);
    expect((await runCli(['check', '--max-warnings', '1', '.'], { cwd: directory })).code).toBe(0);
    const strict = await runCli(['check', '--max-warnings', '0', '.'], { cwd: directory });
    expect(strict).toMatchObject({ code: 1, stderr: 'curric: 1 warnings exceed --max-warnings 0\n' });
  });

  it('documents its exit codes in --help', async () => {
    const run = await runCli(['check', '--help'], { cwd: '.' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Exit codes:\n  0  no errors');
    expect(run.stdout).toContain('  2  usage or I/O failure');
  });
});
