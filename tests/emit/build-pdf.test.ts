import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/emit/write-atomic.js';
import { runCli } from '../helpers/cli.js';
import { materialize, repositoryDirectory, temporaryDirectory } from '../helpers/fixtures.js';

describe('curric build (PDF)', () => {
  it('writes only PDFs and report.json with --pdf-only, byte-identical for the same SOURCE_DATE_EPOCH', async () => {
    const directory = materialize('teaching-plan');
    const build = async (env: NodeJS.ProcessEnv) => {
      const out = temporaryDirectory();
      const run = await runCli(['build', '--pdf-only', '--out', out, '.'], { cwd: directory, env });
      return { run, out, files: readdirSync(out).filter((name) => !name.startsWith('.')).sort() };
    };
    const first = await build({ SOURCE_DATE_EPOCH: '1700000000' });
    const second = await build({ SOURCE_DATE_EPOCH: '1700000000' });
    expect(first.run.code).toBe(0);
    expect(first.files).toEqual(['fixture-teaching-plan.pdf', 'report.json']);
    const pdf = readFileSync(join(first.out, 'fixture-teaching-plan.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.equals(readFileSync(join(second.out, 'fixture-teaching-plan.pdf')))).toBe(true);
    const later = await build({ SOURCE_DATE_EPOCH: '1800000000' });
    expect(pdf.equals(readFileSync(join(later.out, 'fixture-teaching-plan.pdf')))).toBe(false);
  });

  it('renders a document the same whatever the process rendered before it (shaped words are shared)', () => {
    const both = temporaryDirectory();
    cpSync(materialize('training-plan'), join(both, 'a-training-plan'), { recursive: true });
    cpSync(materialize('teaching-plan'), join(both, 'b-teaching-plan'), { recursive: true });
    const build = (source: string) => {
      const out = temporaryDirectory();
      const run = spawnSync(process.execPath, [join(repositoryDirectory, 'bin/curric.js'), 'build', '--pdf-only', '--jobs', '1', '--out', out, source], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      return readFileSync(join(out, 'fixture-teaching-plan.pdf'));
    };
    expect(build(both).equals(build(join(both, 'b-teaching-plan')))).toBe(true);
  });

  it('rejects a SOURCE_DATE_EPOCH that is not a number of seconds', async () => {
    const run = await runCli(['build', '--out', temporaryDirectory(), '.'], { cwd: materialize('teaching-plan'), env: { SOURCE_DATE_EPOCH: 'yesterday' } });
    expect(run).toMatchObject({ code: 2, stderr: 'curric: SOURCE_DATE_EPOCH must be a whole number of seconds\n' });
  });
});

describe('atomic writes', () => {
  it('leave neither a partial file nor a temporary one when writing fails', () => {
    const directory = temporaryDirectory();
    mkdirSync(join(directory, 'handbook.pdf'));
    expect(() => writeFileAtomic(join(directory, 'handbook.pdf'), 'content')).toThrow();
    expect(readdirSync(directory)).toEqual(['handbook.pdf']);
  });
});
