#!/usr/bin/env node
// The floor for `curric check`: read and parse every YAML file under a directory, single-threaded, and nothing else.
//
//   node bench/parse.js yaml <dir>      # the `yaml` package (YAML.parse)
//   node bench/parse.js js-yaml <dir>   # js-yaml (load), the parser curric itself uses
//
// Files are found like curric finds them (recursively, *.yaml / *.yml, dot folders and node_modules skipped) and
// parsed in path order. Prints one JSON line: { parser, files, parsed, bytes, seconds } (seconds = the read and
// parse loop only, without Node's start-up and the module import).

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string} directory @returns {string[]} */
function yamlFiles(directory) {
  /** @type {string[]} */
  const files = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...yamlFiles(full));
    else if (/\.ya?ml$/i.test(entry.name)) files.push(full);
  }
  return files;
}

const [parserName, directory] = process.argv.slice(2);
if (!directory || !['yaml', 'js-yaml'].includes(parserName)) {
  process.stderr.write('usage: node bench/parse.js yaml|js-yaml <dir>\n');
  process.exit(2);
}

/** @type {(text: string) => unknown} */
const parse = parserName === 'yaml' ? (await import('yaml')).parse : (await import('js-yaml')).load;
const files = yamlFiles(directory).sort();
const started = process.hrtime.bigint();
let bytes = 0;
let sink = 0;
for (const file of files) {
  const buffer = readFileSync(file);
  bytes += buffer.length;
  const value = parse(buffer.toString('utf8'));
  if (value && typeof value === 'object') sink++;
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
process.stdout.write(`${JSON.stringify({ parser: parserName, files: files.length, parsed: sink, bytes, seconds })}\n`);
