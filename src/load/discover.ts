import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { UsageError } from '../diagnostics.js';

const YAML_FILE = /\.ya?ml$/i;

/** The YAML files named by the command line: files as given, directories searched recursively (dot folders and node_modules skipped). */
export function discoverYamlFiles(paths: readonly string[], cwd: string): { absolutePath: string; path: string }[] {
  const found = new Map<string, string>();
  for (const given of paths) {
    const absolute = resolve(cwd, given);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(absolute).isDirectory();
    } catch {
      throw new UsageError(`${given}: no such file or directory`);
    }
    const files = isDirectory ? yamlFilesUnder(absolute) : [absolute];
    if (isDirectory && files.length === 0) throw new UsageError(`${given}: the directory holds no YAML file (*.yaml, *.yml)`);
    for (const file of files) found.set(file, displayPath(file, cwd));
  }
  return [...found].sort(([a], [b]) => (a < b ? -1 : 1)).map(([absolutePath, path]) => ({ absolutePath, path }));
}

function yamlFilesUnder(directory: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...yamlFilesUnder(full));
    else if (YAML_FILE.test(entry.name)) files.push(full);
  }
  return files;
}

export function displayPath(absolutePath: string, cwd: string): string {
  const rel = relative(cwd, absolutePath);
  return rel.startsWith('..') ? absolutePath : rel;
}
