import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/cli/format/json.js';
import { checkPaths } from '../../src/pipeline/check.js';
import { runCli } from '../helpers/cli.js';
import { materialize, repositoryDirectory, temporaryDirectory } from '../helpers/fixtures.js';

describe('curric build, incrementally', () => {
  it('reuses an unchanged document and rebuilds a changed one', async () => {
    const directory = materialize('training-plan');
    const out = temporaryDirectory();
    const build = () => runCli(['build', '--html-only', '--out', out, '.'], { cwd: directory });
    expect((await build()).stdout).toMatch(/wrote 7 files to .*\n$/);
    const first = readFileSync(join(out, 'fixture-training-plan.html'), 'utf8');
    // files are written to a temporary name and renamed into place: a rewritten file has a new inode
    const inode = (name: string) => statSync(join(out, name)).ino;
    const site = { index: inode('index.html'), report: inode('report.html'), json: inode('report.json') };
    expect((await build()).stdout).toContain('(1 unchanged documents reused)');
    expect(readFileSync(join(out, 'fixture-training-plan.html'), 'utf8')).toBe(first);
    // nothing changed: the index and the reports are not written again
    expect({ index: inode('index.html'), report: inode('report.html'), json: inode('report.json') }).toEqual(site);
    // unless one of them is missing
    rmSync(join(out, 'report.html'));
    expect((await build()).stdout).toMatch(/wrote 7 files to .*\(1 unchanged documents reused\)\n$/);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('fixture-training-plan');

    const file = join(directory, 'domains/domain-2.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('conseille un client au CI.', 'conseille une cliente au CI.'));
    const siteBefore = inode('report.json');
    expect((await build()).stdout).not.toContain('reused');
    expect(readFileSync(join(out, 'fixture-training-plan.html'), 'utf8')).toContain('conseille une cliente au CI.');
    // the reports hold no wording: the site stays as it was
    expect(inode('report.json')).toBe(siteBefore);

    const index = join(directory, 'curriculum.yaml');
    writeFileSync(index, readFileSync(index, 'utf8').replace('profession: Spécialiste fixture CFC', 'profession: Spécialiste essai CFC'));
    await build();
    expect(inode('report.json')).not.toBe(siteBefore);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('Spécialiste essai CFC');
  });
  it('builds a document again once a file it could not include is there', async () => {
    const directory = materialize('training-plan');
    const out = temporaryDirectory();
    const build = () => runCli(['build', '--html-only', '--out', out, '.'], { cwd: directory });
    const included = join(directory, 'domains/domain-2.yaml');
    const away = join(directory, 'domain-2.yaml.away');
    renameSync(included, away);
    const missing = await build();
    expect(missing.stdout).toContain('not built: fixture-training-plan has errors');
    // still missing: the same outcome is reused
    expect((await build()).stdout).toContain('(1 unchanged documents reused)');
    renameSync(away, included);
    const restored = await build();
    expect(restored.stdout).not.toContain('reused');
    expect(restored.stdout).not.toContain('not built');
    expect(readFileSync(join(out, 'fixture-training-plan.html'), 'utf8')).toContain('conseille un client au CI.');
  });

  it('names the files of findings from where it runs, not from where the outcome was first built', async () => {
    const directory = materialize('training-plan');
    const out = temporaryDirectory();
    rmSync(join(directory, 'domains/domain-2.yaml'));
    const here = await runCli(['build', '--html-only', '--out', out, '.'], { cwd: directory });
    expect(here.stdout).toMatch(/^curriculum\.yaml\n/);
    const fromParent = await runCli(['build', '--html-only', '--out', out, basename(directory)], { cwd: dirname(directory) });
    expect(fromParent.stdout).toMatch(new RegExp(`^${basename(directory)}/curriculum\\.yaml\\n`));
  });
});

/**
 * Copies of the base training plan: ten are enough for `check` and `build` to use a worker process, fifty for them
 * to use two (src/pipeline/project.ts, workersFor).
 */
function copiesOfThePlan(count: number): string {
  const corpus = temporaryDirectory();
  for (let n = 1; n <= count; n++) {
    const directory = join(corpus, `plan-${n}`);
    cpSync(join(repositoryDirectory, 'tests/fixtures/base/training-plan'), directory, { recursive: true });
    const index = join(directory, 'curriculum.yaml');
    writeFileSync(index, readFileSync(index, 'utf8').replace('id: fixture-training-plan', `id: plan-${n}`));
  }
  return corpus;
}

// The compiled CLI: workers run build/pipeline/worker.js, which `npm test` compiles first.
const curric = (args: string[], cwd: string) => spawnSync(process.execPath, [join(repositoryDirectory, 'bin/curric.js'), ...args], { cwd, encoding: 'utf8' });

describe('curric in worker processes', () => {
  it('finds the same with one worker, with two, and in the calling process', () => {
    const corpus = copiesOfThePlan(50);
    const broken = join(corpus, 'plan-7/lesson-tables.yaml');
    writeFileSync(broken, readFileSync(broken, 'utf8').replace('total: 60', 'total: 61'));
    const run = (jobs: string) => curric(['check', '--format', 'json', '--jobs', jobs, '.'], corpus);
    const oneWorker = run('1');
    const twoWorkers = run('2');
    expect(twoWorkers.status).toBe(1);
    expect(twoWorkers.stderr).toBe('');
    expect(twoWorkers.stdout).toBe(oneWorker.stdout);
    const report = JSON.parse(twoWorkers.stdout) as { summary: unknown; diagnostics: unknown[] };
    expect(report.summary).toEqual({ documents: 50, errors: 3, warnings: 0 });
    const inThisProcess = checkPaths(['.'], { cwd: corpus }).diagnostics;
    expect(report.diagnostics).toEqual((JSON.parse(formatJson({ diagnostics: inThisProcess, documentCount: 50, toolVersion: '' })) as typeof report).diagnostics);
  });

  it('reports a worker that cannot write its output in one line, with exit code 2', () => {
    const corpus = copiesOfThePlan(10);
    const out = temporaryDirectory();
    // a directory where plan-4's handbook should go: renaming the written file onto it fails
    mkdirSync(join(out, 'plan-4.html', 'occupied'), { recursive: true });
    const run = curric(['build', '--html-only', '--jobs', '2', '--out', out, '.'], corpus);
    expect(run.status).toBe(2);
    // an I/O failure, not a bug: no "internal error"
    expect(run.stderr).toMatch(/^curric: EISDIR: .*plan-4\.html'\n$/);
    expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
