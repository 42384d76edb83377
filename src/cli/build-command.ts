import { resolve } from 'node:path';
import { countBySeverity } from '../diagnostics.js';
import { buildFingerprint } from '../emit/cache.js';
import { templatesDirectory } from '../emit/html/render.js';
import { reportMarkdown } from '../emit/report/markdown.js';
import { runProject } from '../pipeline/index.js';
import { printFindings } from './check-command.js';
import { ExitCode, type CliIo } from './io.js';
import { toolVersion } from './version.js';

/** The compiled code (build/): part of what a cached document was built with. */
const codeDirectory = new URL('../', import.meta.url);

export interface BuildOptions {
  out: string;
  htmlOnly?: boolean;
  pdfOnly?: boolean;
  format: 'text' | 'md';
  jobs?: number;
}

export async function runBuild(paths: string[], options: BuildOptions, io: CliIo): Promise<number> {
  if (options.htmlOnly && options.pdfOnly) {
    io.stderr('curric: --html-only and --pdf-only exclude each other\n');
    return ExitCode.usage;
  }
  const epoch = io.env.SOURCE_DATE_EPOCH === undefined ? undefined : Number(io.env.SOURCE_DATE_EPOCH);
  if (epoch !== undefined && !Number.isInteger(epoch)) {
    io.stderr('curric: SOURCE_DATE_EPOCH must be a whole number of seconds\n');
    return ExitCode.usage;
  }
  const target = { outDirectory: resolve(io.cwd, options.out), html: !options.pdfOnly, pdf: !options.htmlOnly, ...(epoch !== undefined ? { sourceDateEpoch: epoch } : {}) };
  // findings name files relative to the working directory: an outcome kept from another one would name them wrongly
  const fingerprint = buildFingerprint(toolVersion, [templatesDirectory, codeDirectory], { html: target.html, pdf: target.pdf, epoch: epoch ?? null, cwd: io.cwd });
  const result = await runProject(paths.length ? paths : ['curricula'], { cwd: io.cwd, build: { ...target, fingerprint }, ...(options.jobs ? { jobs: options.jobs } : {}) });
  const documents = result.outcomes.filter((o) => o.report);
  if (options.format === 'md') {
    io.stdout(reportMarkdown(documents.map((o) => o.report!)));
  } else {
    printFindings(result.diagnostics, documents.length, 'text', io);
    for (const outcome of documents.filter((o) => o.refused)) io.stdout(`not built: ${outcome.report!.id} has errors\n`);
    const cached = documents.filter((o) => o.fromCache).length;
    io.stdout(`wrote ${result.written.length} files to ${options.out}${cached ? ` (${cached} unchanged documents reused)` : ''}\n`);
  }
  return countBySeverity(result.diagnostics).error > 0 ? ExitCode.findings : ExitCode.ok;
}
