// Runs a command, exits with its exit code, and writes to a stats file the peak memory of its whole process tree
// (curric builds in worker processes, and /usr/bin/time's %M would give only the largest single process) and the
// CPU time the tree used: how much work a run did, apart from how fast the shared machine happened to be.
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

/** Linux's clock ticks per second in /proc (USER_HZ: 100 on every architecture Node runs on). */
const TICKS_PER_SECOND = 100;

/**
 * User plus system time of this process's waited-for children, each with its own waited-for children: the command
 * and every worker it forked and waited for (the kernel's cutime and cstime, as /usr/bin/time reports them).
 */
function waitedChildrenCpuSeconds() {
  const stat = read(process.pid, 'stat');
  if (!stat) return null;
  // fields after the command name, from the third (state) on: cutime and cstime are the 16th and 17th
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
}

const timer = setInterval(() => child.pid && sample(child.pid), SAMPLE_MS);
child.on('exit', (code) => {
  clearInterval(timer);
  // the sum of each process's own peak: what the tree would hold had every process peaked at once (an upper bound)
  const peakRssKiB = peaks.size ? [...peaks.values()].reduce((a, b) => a + b, 0) : null;
  writeFileSync(statsFile, JSON.stringify({ peakRssKiB, byProcess: [...peaks.values()], cpuSeconds: waitedChildrenCpuSeconds() }));
  process.exitCode = code ?? 1;
});
