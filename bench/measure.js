// Runs a Node script as a child process and reports its wall time, and the peak RSS and CPU time of its process tree.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './generate.js';

const TREE_PEAK = new URL('./tree-peak.js', import.meta.url).pathname;

/**
 * @typedef {{ seconds: number, cpuSeconds: number | null, maxRssKiB: number | null, rssByProcessKiB?: number[], exitCode: number | null, ok: boolean,
 *   stdout?: string, error?: string, unavailable?: boolean }} Measure
 */

/** Peak memory and CPU time are read from /proc (Linux); elsewhere only wall times are measured. */
export const hasProc = existsSync('/proc/self/status');

/**
 * Runs `node <args>` (under tree-peak.js where /proc exists); wall time from a monotonic clock around the child,
 * `maxRssKiB` the sum of each process's peak RSS (curric's workers are processes of their own), `cpuSeconds` the
 * user and system time of the whole tree.
 * @param {string[]} args @param {{ okCodes?: number[], captureStdout?: boolean }} [options] @returns {Measure}
 */
export function measure(args, { okCodes = [0], captureStdout = false } = {}) {
  const statsDir = mkdtempSync(join(os.tmpdir(), 'curric-peak-'));
  const statsFile = join(statsDir, 'peak.json');
  const commandArgs = hasProc ? [TREE_PEAK, statsFile, process.execPath, ...args] : args;
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, commandArgs, {
    cwd: repoRoot,
    stdio: ['ignore', captureStdout ? 'pipe' : 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  /** @type {{ peakRssKiB?: number | null, byProcess?: number[], cpuSeconds?: number | null }} */
  const peak = hasProc && existsSync(statsFile) ? JSON.parse(readFileSync(statsFile, 'utf8')) : {};
  rmSync(statsDir, { recursive: true, force: true });
  const exitCode = child.status;
  const ok = exitCode !== null && okCodes.includes(exitCode);
  /** @type {Measure} */
  const result = { seconds: round(seconds, 4), cpuSeconds: peak.cpuSeconds ?? null, maxRssKiB: peak.peakRssKiB ?? null, ...(peak.byProcess ? { rssByProcessKiB: peak.byProcess } : {}), exitCode, ok };
  if (captureStdout) result.stdout = child.stdout ?? '';
  if (!ok) result.error = (child.error?.message ?? child.stderr ?? '').trim().split('\n').slice(-5).join('\n');
  return result;
}

/** The highest peak RSS among repeated runs of a measure (null when none was measured). @param {Measure[]} results */
export function highestRss(results) {
  const rss = results.map((r) => r.maxRssKiB).filter((x) => typeof x === 'number');
  return rss.length ? Math.max(.../** @type {number[]} */ (rss)) : null;
}

/** @param {number} x @param {number} digits */
export const round = (x, digits) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Files under a directory by extension (dot files and folders skipped). @param {string} dir */
export function countFiles(dir) {
  /** @type {Record<string, number>} */
  const counts = {};
  if (!existsSync(dir)) return counts;
  const walk = (/** @type {string} */ d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      if (e.isDirectory()) walk(join(d, e.name));
      else {
        const ext = e.name.includes('.') ? e.name.slice(e.name.lastIndexOf('.') + 1) : '';
        counts[ext] = (counts[ext] ?? 0) + 1;
      }
    }
  };
  walk(dir);
  return counts;
}

