#!/usr/bin/env node
// Runs the compiled CLI (`npm run compile` builds it into build/).
import { main } from '../build/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // A bug, not bad input: say so in one line instead of a stack trace (CURRIC_DEBUG=1 shows it).
    process.stderr.write(`curric: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.CURRIC_DEBUG) console.error(error);
    process.exitCode = 2;
  },
);
