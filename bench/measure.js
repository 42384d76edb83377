// Runs a Node script as a child process under /usr/bin/time and reports its wall time and peak RSS.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './generate.js';

export const TIME = '/usr/bin/time';

/**
 * @typedef {{ seconds: number, elapsed: number | null, maxRssKiB: number | null, exitCode: number | null, ok: boolean,
 *   stdout?: string, error?: string, unavailable?: boolean }} Measure
 */

export const hasTime = existsSync(TIME);

/**
 * Runs `node <args>` under /usr/bin/time; wall time from a monotonic clock around the child, %e and %M from time.
 * @param {string[]} args @param {{ okCodes?: number[], captureStdout?: boolean }} [options] @returns {Measure}
 */
export function measure(args, { okCodes = [0], captureStdout = false } = {}) {
  const statsDir = mkdtempSync(join(os.tmpdir(), 'curric-time-'));
  const statsFile = join(statsDir, 'time');
  const command = hasTime ? TIME : process.execPath;
  const commandArgs = hasTime ? ['-f', '%e %M', '-o', statsFile, process.execPath, ...args] : args;
  const started = process.hrtime.bigint();
  const child = spawnSync(command, commandArgs, {
    cwd: repoRoot,
    stdio: ['ignore', captureStdout ? 'pipe' : 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  let elapsed = null;
  let maxRssKiB = null;
  if (hasTime && existsSync(statsFile)) {
    // time prepends "Command exited with non-zero status N" when the child fails: the figures are on the last line.
    const last = readFileSync(statsFile, 'utf8').trim().split('\n').pop() ?? '';
    const match = /^([\d.]+) (\d+)$/.exec(last.trim());
    if (match) {
      elapsed = Number(match[1]);
      maxRssKiB = Number(match[2]);
    }
  }
  rmSync(statsDir, { recursive: true, force: true });
  const exitCode = child.status;
  const ok = exitCode !== null && okCodes.includes(exitCode);
  /** @type {Measure} */
  const result = { seconds: round(seconds, 4), elapsed, maxRssKiB, exitCode, ok };
  if (captureStdout) result.stdout = child.stdout ?? '';
  if (!ok) result.error = (child.error?.message ?? child.stderr ?? '').trim().split('\n').slice(-5).join('\n');
  return result;
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

