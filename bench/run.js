#!/usr/bin/env node
// The curric benchmark: `npm run bench` (= `npm run compile && node bench/run.js`).
//
//   node bench/run.js [--sizes 1,10,100,1000] [--seed 1] [--repeat N] [--results bench/results.json]
//
// For each size it generates (or reuses) bench/corpus/<size>, then times each command as a child process (wall
// time, and the peak RSS and CPU time summed over its process tree): raw YAML parsing with `yaml` and with js-yaml
// (bench/parse.js, single-threaded: the floor for `check`), `curric check`, `curric build --html-only`,
// `curric build --pdf-only`, and a full build (HTML and PDF) run twice into one output directory — the first run
// is the cold build, the second the no-op rebuild — and the cold build again with `--jobs 1`, to show what the
// second core gives. It prints a table with the ratios and the growth from one size
// to the next tenfold one, and writes every raw number to bench/results.json. Each measure is repeated (--repeat,
// default 3 below 1000 documents, 1 from there on) and the run with the median time is kept. See bench/README.md.

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative, resolve } from 'node:path';
import { ensureCorpus, repoRoot } from './generate.js';
import { countFiles, hasProc, highestRss, measure, round } from './measure.js';

/** @typedef {import('./measure.js').Measure} Measure */

const CLI = join(repoRoot, 'bin', 'curric.js');
const PARSE = join(repoRoot, 'bench', 'parse.js');


/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {{ sizes: number[], seed: string, results: string, repeat: number | null }} */
  const options = { sizes: [1, 10, 100, 1000], seed: '1', results: join(repoRoot, 'bench', 'results.json'), repeat: null };
  for (let i = 0; i < argv.length; i++) {
    const [key, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (key === '--sizes') {
      options.sizes = value().split(',').map((s) => Number(s.trim()));
      if (options.sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes takes whole numbers ≥ 1, e.g. 1,10,100');
    } else if (key === '--seed') options.seed = value();
    else if (key === '--results') options.results = resolve(value());
    else if (key === '--repeat') {
      options.repeat = Number(value());
      if (!Number.isInteger(options.repeat) || options.repeat < 1) throw new Error('--repeat takes a whole number ≥ 1');
    }
    else if (key === '--help' || key === '-h') {
      process.stdout.write('usage: node bench/run.js [--sizes 1,10,100,1000] [--seed 1] [--repeat N] [--results bench/results.json]\n');
      process.exit(0);
    } else throw new Error(`unknown option ${argv[i]}`);
  }
  return options;
}

/** @param {string} label @param {Measure} m */
function log(label, m) {
  const cpu = m.cpuSeconds === null ? '' : `, ${m.cpuSeconds.toFixed(2)} s CPU`;
  const rss = m.maxRssKiB === null ? '' : `, ${(m.maxRssKiB / 1024).toFixed(0)} MiB`;
  const status = m.unavailable ? ' (unavailable)' : m.ok ? '' : ` (exit ${m.exitCode}: ${m.error?.split('\n')[0] ?? ''})`;
  process.stderr.write(`    ${label.padEnd(18)} ${m.seconds.toFixed(2).padStart(8)} s${cpu}${rss}${status}\n`);
}

/**
 * Every measure on one corpus, each repeated `repeat` times (the run with the median time is kept; its `runs` field
 * lists every time).
 * @param {number} size @param {string} seed @param {number} [repeat]
 */
function benchSize(size, seed, repeat = size < 1000 ? 3 : 1) {
  const corpusDir = join(repoRoot, 'bench', 'corpus', String(size));
  const started = Date.now();
  const { manifest, reused } = ensureCorpus({ size, seed, out: corpusDir, log: (line) => process.stderr.write(`${line}\n`) });
  process.stderr.write(
    `size ${size}: ${reused ? 'reusing' : 'generated'} ${relative(repoRoot, corpusDir)} (${manifest.trainingPlans} training plans, ${manifest.teachingPlans} teaching plans, ${manifest.files} files, ${(manifest.bytes / 1048576).toFixed(1)} MiB${reused ? '' : `, ${((Date.now() - started) / 1000).toFixed(1)} s`})\n`,
  );
  const dir = relative(repoRoot, corpusDir);
  const tmp = mkdtempSync(join(os.tmpdir(), `curric-bench-${size}-`));
  /** @type {Record<string, Measure & Record<string, unknown>>} */
  const m = {};
  try {
    for (const parser of ['yaml', 'js-yaml']) {
      const key = parser === 'yaml' ? 'parseYaml' : 'parseJsYaml';
      const result = median(repeat, () => measure([PARSE, parser, dir], { captureStdout: true }));
      try {
        const inner = JSON.parse(result.stdout ?? '');
        m[key] = { ...result, parseLoopSeconds: round(inner.seconds, 4), files: inner.files, bytes: inner.bytes };
      } catch {
        m[key] = result;
      }
      delete m[key].stdout;
      log(`parse ${parser}`, m[key]);
    }

    m.check = median(repeat, () => measure([CLI, 'check', dir, '--format', 'json'], { okCodes: [0, 1] }));
    log('check', m.check);

    /** One build into `out`; `fresh` empties `out` first (a cold build). */
    const build = (/** @type {string} */ out, /** @type {string[]} */ flags, fresh = true) => {
      if (fresh) rmSync(out, { recursive: true, force: true });
      const result = measure([CLI, 'build', ...flags, '--out', out, dir], { okCodes: [0, 1], captureStdout: true });
      const stdout = result.stdout ?? '';
      delete result.stdout;
      const reusedDocs = /\((\d+) unchanged documents reused\)/.exec(stdout);
      /** @type {Measure & Record<string, unknown>} */
      const entry = { ...result, outputFiles: countFiles(out), reusedDocuments: reusedDocs ? Number(reusedDocs[1]) : 0 };
      if (!result.ok && result.exitCode === 2 && /unknown option|--pdf-only/i.test(result.error ?? '')) entry.unavailable = true;
      return entry;
    };
    m.html = median(repeat, () => build(join(tmp, 'html'), ['--html-only']));
    log('build --html-only', m.html);
    m.pdf = median(repeat, () => build(join(tmp, 'pdf'), ['--pdf-only']));
    log('build --pdf-only', m.pdf);
    // Full build: cold into an empty directory, then the same command again (the no-op rebuild), `repeat` times.
    const cold = [];
    const noop = [];
    for (let i = 0; i < repeat; i++) {
      cold.push(build(join(tmp, 'full'), []));
      noop.push(build(join(tmp, 'full'), [], false));
    }
    m.build = pickMedian(cold);
    log('build (cold)', m.build);
    m.noop = pickMedian(noop);
    log('build (no-op)', m.noop);
    // The same cold build on one worker: how much the second core gives.
    m.buildOneJob = median(repeat, () => build(join(tmp, 'one-job'), ['--jobs', '1']));
    log('build --jobs 1', m.buildOneJob);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  const s = (/** @type {string} */ key) => (m[key] && (m[key].ok || key.startsWith('parse')) && !m[key].unavailable ? m[key].seconds : null);
  const ratio = (/** @type {number | null} */ a, /** @type {number | null} */ b) => (a !== null && b !== null && b > 0 ? round(a / b, 3) : null);
  const buildCpu = s('build') === null ? null : m.build.cpuSeconds;
  const rssValues = ['check', 'html', 'pdf', 'build', 'noop', 'buildOneJob'].map((k) => m[k]?.maxRssKiB).filter((x) => typeof x === 'number');
  return {
    size,
    corpus: { dir, seed, reused, trainingPlans: manifest.trainingPlans, teachingPlans: manifest.teachingPlans, evaluationObjectives: manifest.evaluationObjectives, files: manifest.files, bytes: manifest.bytes },
    measures: m,
    ratios: {
      checkOverParseYaml: ratio(s('check'), s('parseYaml')),
      checkOverParseJsYaml: ratio(s('check'), s('parseJsYaml')),
      buildMsPerDocument: s('build') === null ? null : round((s('build') / size) * 1000, 2),
      // The work itself, whatever the shared machine's speed at the time: CPU per document, and how many of the
      // cores the cold build kept busy (its CPU time over its wall time).
      buildCpuMsPerDocument: buildCpu === null ? null : round((buildCpu / size) * 1000, 2),
      buildCoresBusy: buildCpu === null ? null : round(buildCpu / m.build.seconds, 2),
      htmlMsPerDocument: s('html') === null ? null : round((s('html') / size) * 1000, 2),
      twoJobsSpeedup: ratio(s('buildOneJob'), s('build')),
    },
    peakRssKiB: rssValues.length ? Math.max(.../** @type {number[]} */ (rssValues)) : null,
  };
}

/**
 * Runs `run` n times and keeps the run with the median time, with every time in `runs` and the highest RSS.
 * @template {Measure} T @param {number} n @param {() => T} run @returns {T & { runs: number[] }}
 */
function median(n, run) {
  return pickMedian(Array.from({ length: n }, run));
}

/** @template {Measure} T @param {T[]} results @returns {T & { runs: number[] }} */
function pickMedian(results) {
  const sorted = [...results].sort((a, b) => a.seconds - b.seconds);
  const chosen = sorted[Math.floor((sorted.length - 1) / 2)];
  return { ...chosen, maxRssKiB: highestRss(results), runs: results.map((r) => r.seconds) };
}

/** Growth from each size to the one ten times larger: time(10n) / time(n) / 10; ≤ 1 is linear or better. */
function growth(/** @type {ReturnType<typeof benchSize>[]} */ results) {
  /** @type {Record<string, Record<string, number | null>>} */
  const out = {};
  for (const small of results) {
    const large = results.find((r) => r.size === small.size * 10);
    if (!large) continue;
    /** @type {Record<string, number | null>} */
    const g = {};
    for (const key of ['parseYaml', 'parseJsYaml', 'check', 'html', 'pdf', 'build', 'noop', 'buildOneJob']) {
      const a = small.measures[key];
      const b = large.measures[key];
      g[key] = a && b && a.ok && b.ok && !a.unavailable && !b.unavailable && a.seconds > 0 ? round(b.seconds / a.seconds / 10, 3) : null;
    }
    g.peakRss = small.peakRssKiB && large.peakRssKiB ? round(large.peakRssKiB / small.peakRssKiB, 3) : null;
    out[`${small.size}->${large.size}`] = g;
  }
  return out;
}

/** @param {string[][]} rows */
function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (/** @type {string[]} */ r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** @param {number | null | undefined} x @param {number} digits */
const fmt = (x, digits = 2) => (x === null || x === undefined ? '—' : x.toFixed(digits));

function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(join(repoRoot, 'build', 'cli'))) throw new Error('build/ is missing: run `npm run compile` first (npm run bench does)');
  if (!hasProc) process.stderr.write('note: no /proc here; wall times are measured, peak RSS is not\n');
  const results = options.sizes.map((size) => benchSize(size, options.seed, options.repeat ?? undefined));
  const growthFactors = growth(results);

  const sec = (/** @type {ReturnType<typeof benchSize>} */ r, /** @type {string} */ key) => {
    const x = r.measures[key];
    if (!x) return '—';
    if (x.unavailable) return 'n/a';
    return x.ok || key.startsWith('parse') ? fmt(x.seconds) : `err${x.exitCode}`;
  };
  const header = ['docs', 'MiB', 'parse yaml s', 'parse js-yaml s', 'check s', 'check/yaml', 'check/js-yaml', 'html s', 'pdf s', 'build s', 'per-doc ms', 'CPU ms/doc', 'cores busy', 'no-op s', '1-job build s', '2-job speed-up', 'peak RSS MiB'];
  const rows = results.map((r) => [
    String(r.size),
    fmt(r.corpus.bytes / 1048576, 1),
    sec(r, 'parseYaml'),
    sec(r, 'parseJsYaml'),
    sec(r, 'check'),
    fmt(r.ratios.checkOverParseYaml),
    fmt(r.ratios.checkOverParseJsYaml),
    sec(r, 'html'),
    sec(r, 'pdf'),
    sec(r, 'build'),
    fmt(r.ratios.buildMsPerDocument, 1),
    fmt(r.ratios.buildCpuMsPerDocument, 1),
    fmt(r.ratios.buildCoresBusy),
    sec(r, 'noop'),
    sec(r, 'buildOneJob'),
    fmt(r.ratios.twoJobsSpeedup),
    r.peakRssKiB === null ? '—' : fmt(r.peakRssKiB / 1024, 0),
  ]);
  process.stdout.write(`\n${table([header, ...rows])}\n`);

  const growthKeys = Object.keys(growthFactors);
  if (growthKeys.length) {
    const gHeader = ['growth', 'parse yaml', 'parse js-yaml', 'check', 'html', 'pdf', 'build', 'no-op', 'RSS ×'];
    const gRows = growthKeys.map((k) => {
      const g = growthFactors[k];
      return [k, fmt(g.parseYaml), fmt(g.parseJsYaml), fmt(g.check), fmt(g.html), fmt(g.pdf), fmt(g.build), fmt(g.noop), fmt(g.peakRss)];
    });
    process.stdout.write(`\ntime(10n) / time(n) / 10 — at most 1 is linear or better (RSS ×: peak RSS(10n) / peak RSS(n)):\n${table([gHeader, ...gRows])}\n`);
  }

  const notes = [];
  for (const r of results) {
    if (r.measures.pdf && r.measures.pdf.ok && !r.measures.pdf.unavailable && !(/** @type {Record<string, number>} */ (r.measures.pdf.outputFiles).pdf > 0)) {
      notes.push(`size ${r.size}: build --pdf-only wrote no .pdf file (${JSON.stringify(r.measures.pdf.outputFiles)}), so "pdf s" does not time PDF rendering`);
    }
    for (const key of ['check', 'html', 'pdf', 'build', 'noop', 'buildOneJob']) {
      const x = r.measures[key];
      if (x && !x.ok && !x.unavailable) notes.push(`size ${r.size}: ${key} exited with ${x.exitCode}: ${x.error}`);
    }
    if (r.measures.noop?.ok && r.measures.noop.reusedDocuments !== r.size) notes.push(`size ${r.size}: the no-op rebuild reused ${r.measures.noop.reusedDocuments} of ${r.size} documents`);
  }
  if (notes.length) process.stdout.write(`\nnotes:\n${notes.map((n) => `  - ${n}`).join('\n')}\n`);

  const cpus = os.cpus();
  const output = {
    version: 1,
    date: new Date().toISOString(),
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model ?? null,
      availableParallelism: os.availableParallelism(),
      totalMemoryMiB: Math.round(os.totalmem() / 1048576),
      platform: os.platform(),
      release: os.release(),
      arch: os.arch(),
      node: process.version,
    },
    curric: JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version,
    seed: options.seed,
    timer: 'monotonic clock around the child process',
    cpu: hasProc ? 'user + system time of the command\'s process tree (its waited-for children\'s, bench/tree-peak.js)' : 'not measured (no /proc)',
    memory: hasProc ? 'peak RSS: the sum of each process\'s VmHWM in the command\'s process tree (bench/tree-peak.js)' : 'not measured (no /proc)',
    sizes: results,
    growth: growthFactors,
    notes,
  };
  writeFileSync(options.results, JSON.stringify(output, null, 2) + '\n');
  const shown = relative(process.cwd(), options.results);
  process.stdout.write(`\nwrote ${shown === '' || shown.startsWith('..') ? options.results : shown}\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
