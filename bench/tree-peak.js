// Runs a command, exits with its exit code, and writes to a stats file the peak memory of its whole process tree:
// curric builds in worker processes, and /usr/bin/time's %M would give only the largest single process.
// Usage: node bench/tree-peak.js <stats-file> <command> [args...]   (Linux: reads /proc)

import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

/** How often the tree is sampled: a process's own peak (VmHWM) is kept by the kernel, so only one that lives and
 * dies between two samples is missed. */
const SAMPLE_MS = 20;

const [statsFile, command, ...args] = process.argv.slice(2);
const child = spawn(command, args, { stdio: 'inherit' });
/** Peak resident memory (KiB) of every process seen in the tree, by pid. */
const peaks = new Map();

/** @param {number} pid @param {string} file @returns {string | null} */
const read = (pid, file) => {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return null; // the process has just ended
  }
};

/** @param {number} pid */
function sample(pid) {
  const hwm = /VmHWM:\s+(\d+) kB/.exec(read(pid, 'status') ?? '');
  if (hwm) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, Number(hwm[1])));
  // threads have no children of their own to list separately: the main thread's list holds the process's children
  for (const next of (read(pid, `task/${pid}/children`) ?? '').split(' ').filter(Boolean)) sample(Number(next));
}

const timer = setInterval(() => child.pid && sample(child.pid), SAMPLE_MS);
child.on('exit', (code) => {
  clearInterval(timer);
  // the sum of each process's own peak: what the tree would hold had every process peaked at once (an upper bound)
  const peakRssKiB = peaks.size ? [...peaks.values()].reduce((a, b) => a + b, 0) : null;
  writeFileSync(statsFile, JSON.stringify({ peakRssKiB, byProcess: [...peaks.values()] }));
  process.exitCode = code ?? 1;
});
