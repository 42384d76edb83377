#!/usr/bin/env node
// Runs the compiled CLI (`npm run compile` builds it into build/).
import { main } from '../build/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // One line instead of a stack trace (CURRIC_DEBUG=1 shows it): a failed read or write names its system call
    // and is an I/O failure; anything else is a bug in curric.
    const ioFailure = typeof error === 'object' && error !== null && 'syscall' in error;
    process.stderr.write(`curric: ${ioFailure ? '' : 'internal error: '}${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.CURRIC_DEBUG) console.error(error);
    process.exitCode = 2;
  },
);
