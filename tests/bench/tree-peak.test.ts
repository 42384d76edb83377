import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryDirectory, temporaryDirectory } from '../helpers/fixtures.js';

const treePeak = join(repositoryDirectory, 'bench/tree-peak.js');
const MiB = 1024;

/** A parent that forks a child; each holds `megabytes` of touched memory for a moment. */
const parentAndChild = (megabytes: number) => `
  const hold = () => { const b = Buffer.alloc(${megabytes} * 1024 * 1024, 1); return new Promise((r) => setTimeout(() => r(b), 400)); };
  if (process.argv[2] === 'child') hold().then(() => process.exit(0));
  else {
    const child = require('node:child_process').fork(__filename, ['child']);
    // listening before holding: a child that ends first must still be waited for
    const exited = new Promise((r) => child.on('exit', r));
    Promise.all([hold(), exited]).then(() => process.exit(5));
  }`;

/** A parent that forks a child; the child spins for `childMs`, the parent waits for it without working. */
const spinningChild = (childMs: number) => `
  if (process.argv[2] === 'child') { const end = Date.now() + ${childMs}; while (Date.now() < end); }
  else require('node:child_process').fork(__filename, ['child']).on('exit', () => process.exit(0));`;

describe.runIf(existsSync('/proc/self/status'))('bench/tree-peak.js', () => {
  it("sums the peak memory of a command's whole process tree and passes its exit code on", () => {
    const directory = temporaryDirectory();
    const script = join(directory, 'tree.cjs');
    const stats = join(directory, 'peak.json');
    writeFileSync(script, parentAndChild(64));
    const run = spawnSync(process.execPath, [treePeak, stats, process.execPath, script], { encoding: 'utf8' });
    expect(run.status).toBe(5);
    const peak = JSON.parse(readFileSync(stats, 'utf8')) as { peakRssKiB: number; byProcess: number[] };
    expect(peak.byProcess).toHaveLength(2);
    for (const rss of peak.byProcess) expect(rss).toBeGreaterThan(64 * MiB);
    expect(peak.peakRssKiB).toBe(peak.byProcess[0]! + peak.byProcess[1]!);
  });

  it("counts the CPU time of the command's children too", () => {
    const directory = temporaryDirectory();
    const script = join(directory, 'spin.cjs');
    const stats = join(directory, 'peak.json');
    writeFileSync(script, spinningChild(700));
    const started = Date.now();
    const run = spawnSync(process.execPath, [treePeak, stats, process.execPath, script], { encoding: 'utf8' });
    const wallSeconds = (Date.now() - started) / 1000;
    expect(run.status).toBe(0);
    const { cpuSeconds } = JSON.parse(readFileSync(stats, 'utf8')) as { cpuSeconds: number };
    // the parent alone, idle while its child spins, uses a fraction of that
    expect(cpuSeconds).toBeGreaterThanOrEqual(0.65);
    expect(cpuSeconds).toBeLessThanOrEqual(2 * wallSeconds);
  });
});
