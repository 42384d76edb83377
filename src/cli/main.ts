import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { UsageError } from '../diagnostics.js';
import { runBuild, type BuildOptions } from './build-command.js';
import { checkHelp, runCheck, type CheckOptions } from './check-command.js';
import { formats } from './format/index.js';
import { ExitCode, processIo, type CliIo } from './io.js';
import { runSchema } from './schema-command.js';
import { toolVersion } from './version.js';

function nonNegativeInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new InvalidArgumentError('expected a whole number ≥ 0');
  return number;
}

function positiveInteger(value: string): number {
  const number = nonNegativeInteger(value);
  if (number === 0) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return number;
}

/** Runs the curric command line and returns its exit code; never throws for bad input or bad usage. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let exitCode: number = ExitCode.ok;
  const program = new Command('curric')
    .description('Curriculum compiler: checks YAML training and teaching plans and builds handbooks.')
    .version(toolVersion)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  program
    .command('check')
    .description('check the documents under the given paths (default: curricula/) and report every finding')
    .argument('[paths...]', 'files or directories of YAML sources')
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(formats)).default('text'))
    .option('--max-warnings <n>', 'exit with code 1 when there are more warnings than this', nonNegativeInteger)
    .addHelpText('after', checkHelp)
    .option('-j, --jobs <n>', 'worker processes for many documents (default: one per core)', positiveInteger)
    .action(async (paths: string[], options: CheckOptions) => {
      exitCode = await runCheck(paths, options, io);
    });

  program
    .command('build')
    .description('check, then compile every document without errors into handbooks and write the consistency report')
    .argument('[paths...]', 'files or directories of YAML sources (default: curricula/)')
    .option('-o, --out <dir>', 'output directory', 'dist')
    .option('--html-only', 'write HTML handbooks and the report, no PDF')
    .option('--pdf-only', 'write PDF handbooks (and report.json), no HTML')
    .option('-j, --jobs <n>', 'worker processes for many documents (default: one per core)', positiveInteger)
    .addOption(new Option('-f, --format <format>', 'what to print: the findings (text) or the consistency report in Markdown (md)').choices(['text', 'md']).default('text'))
    .addHelpText('after', `\nExit codes: 0 built, 1 a document has errors (it is not built; the others are), 2 usage or I/O failure.`)
    .action(async (paths: string[], options: BuildOptions) => {
      exitCode = await runBuild(paths, options, io);
    });

  program
    .command('schema')
    .description('write the JSON Schemas of the document kinds (for editor completion with yaml-language-server)')
    .option('-o, --out <dir>', 'directory to write the schema files to', 'schemas')
    .action((options: { out: string }) => {
      exitCode = runSchema(options.out, io);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    if (error instanceof UsageError) {
      io.stderr(`curric: ${error.message}\n`);
      return ExitCode.usage;
    }
    throw error;
  }
  return exitCode;
}
