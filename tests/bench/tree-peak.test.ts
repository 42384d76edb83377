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
});
