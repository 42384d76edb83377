// Times building the two shipped handbooks as PDFs (issue target: under 2 s together), median of 5 cold runs.
// Usage: npm run compile && node bench/shipped.js

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { measure, round } from './measure.js';

const RUNS = 5;
const TARGET_SECONDS = 2;

/** @param {string[]} flags */
function medianBuild(flags) {
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const out = mkdtempSync(join(os.tmpdir(), 'curric-shipped-'));
    const result = measure(['bin/curric.js', 'build', ...flags, '--out', out, 'curricula']);
    rmSync(out, { recursive: true, force: true });
    if (!result.ok) throw new Error(`curric build ${flags.join(' ')} failed: ${result.error}`);
    times.push(result.seconds);
  }
  return round(times.sort((a, b) => a - b)[Math.floor(RUNS / 2)], 2);
}

const pdf = medianBuild(['--pdf-only']);
const all = medianBuild([]);
console.log(`both shipped handbooks, PDF only: ${pdf} s (target < ${TARGET_SECONDS} s: ${pdf < TARGET_SECONDS ? 'met' : 'NOT met'})`);
console.log(`both shipped handbooks, HTML + PDF: ${all} s`);
