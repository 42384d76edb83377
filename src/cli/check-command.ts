import { countBySeverity } from '../diagnostics.js';
import { rules } from '../check/index.js';
import { checkPaths } from '../pipeline.js';
import { formats, type FormatName } from './format/index.js';
import { ExitCode, type CliIo } from './io.js';
import { toolVersion } from './version.js';

export interface CheckOptions {
  format: FormatName;
  maxWarnings?: number;
}

export const checkHelp = `
Formats:
  text    findings grouped by file with code frames (colour in a terminal; NO_COLOR turns it off)
  json    { version: 1, tool, summary, diagnostics: [{ ruleId, severity, message, file, line, column, … }] }
  sarif   SARIF 2.1.0, for code-scanning upload
  github  GitHub Actions annotations

Exit codes:
  0  no errors (and no more warnings than --max-warnings allows)
  1  errors in the sources, or more warnings than --max-warnings
  2  usage or I/O failure: unknown option, a path that does not exist, a directory without YAML`;

export function runCheck(paths: string[], options: CheckOptions, io: CliIo): number {
  const result = checkPaths(paths.length ? paths : ['curricula'], { cwd: io.cwd });
  const colour = io.isTTY && !io.env.NO_COLOR && options.format === 'text';
  io.stdout(
    formats[options.format]({
      diagnostics: result.diagnostics,
      documentCount: result.documents.length,
      toolVersion,
      ruleCatalogue: rules,
      sourceText: (file) => result.files.get(file)?.text,
      colour,
    }),
  );
  const counts = countBySeverity(result.diagnostics);
  if (counts.error > 0) return ExitCode.findings;
  if (options.maxWarnings !== undefined && counts.warning > options.maxWarnings) {
    io.stderr(`curric: ${counts.warning} warnings exceed --max-warnings ${options.maxWarnings}\n`);
    return ExitCode.findings;
  }
  return ExitCode.ok;
}
