import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { rules } from '../check/index.js';
import { countBySeverity, type Diagnostic } from '../diagnostics.js';
import { runProject } from '../pipeline/index.js';
import { formats, type FormatName } from './format/index.js';
import { ExitCode, type CliIo } from './io.js';
import { toolVersion } from './version.js';

export interface CheckOptions {
  format: FormatName;
  maxWarnings?: number;
  jobs?: number;
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

/** Prints findings in the chosen format; code frames read the few files that have findings. */
export function printFindings(diagnostics: readonly Diagnostic[], documentCount: number, format: FormatName, io: CliIo): void {
  io.stdout(
    formats[format]({
      diagnostics,
      documentCount,
      toolVersion,
      ruleCatalogue: rules,
      sourceText: (file) => {
        try {
          return readFileSync(resolve(io.cwd, file), 'utf8');
        } catch {
          return undefined;
        }
      },
      colour: format === 'text' && io.isTTY && !io.env.NO_COLOR,
    }),
  );
}

export async function runCheck(paths: string[], options: CheckOptions, io: CliIo): Promise<number> {
  const result = await runProject(paths.length ? paths : ['curricula'], { cwd: io.cwd, ...(options.jobs ? { jobs: options.jobs } : {}) });
  printFindings(result.diagnostics, result.outcomes.filter((o) => o.isDocument).length, options.format, io);
  const counts = countBySeverity(result.diagnostics);
  if (counts.error > 0) return ExitCode.findings;
  if (options.maxWarnings !== undefined && counts.warning > options.maxWarnings) {
    io.stderr(`curric: ${counts.warning} warnings exceed --max-warnings ${options.maxWarnings}\n`);
    return ExitCode.findings;
  }
  return ExitCode.ok;
}
