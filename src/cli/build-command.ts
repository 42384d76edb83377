import { resolve } from 'node:path';
import { rules } from '../check/index.js';
import { countBySeverity } from '../diagnostics.js';
import { emitProject } from '../emit/index.js';
import { reportMarkdown } from '../emit/report/markdown.js';
import { checkPaths } from '../pipeline.js';
import { formats } from './format/index.js';
import { ExitCode, type CliIo } from './io.js';
import { toolVersion } from './version.js';

export interface BuildOptions {
  out: string;
  htmlOnly?: boolean;
  pdfOnly?: boolean;
  format: 'text' | 'md';
}

export async function runBuild(paths: string[], options: BuildOptions, io: CliIo): Promise<number> {
  if (options.htmlOnly && options.pdfOnly) {
    io.stderr('curric: --html-only and --pdf-only exclude each other\n');
    return ExitCode.usage;
  }
  const result = checkPaths(paths.length ? paths : ['curricula'], { cwd: io.cwd });
  const outDirectory = resolve(io.cwd, options.out);
  const emitted = await emitProject(result, { outDirectory, html: !options.pdfOnly });
  if (options.format === 'md') {
    io.stdout(reportMarkdown(emitted.reports));
  } else {
    io.stdout(
      formats.text({
        diagnostics: result.diagnostics,
        documentCount: result.documents.length,
        toolVersion,
        ruleCatalogue: rules,
        sourceText: (file) => result.files.get(file)?.text,
        colour: io.isTTY && !io.env.NO_COLOR,
      }),
    );
    for (const id of emitted.refused) io.stdout(`not built: ${id} has errors\n`);
    io.stdout(`wrote ${emitted.written.length} files to ${options.out}\n`);
  }
  return countBySeverity(result.diagnostics).error > 0 ? ExitCode.findings : ExitCode.ok;
}
