import type { ChalkInstance } from 'chalk';
import type { SourcePosition } from '../../diagnostics.js';

const CONTEXT_LINES = 2;
const MAX_LINE_WIDTH = 160;

/** The source lines around a position with a gutter and a caret under the offending node, as compilers print them. */
export function codeFrame(text: string, position: SourcePosition, colour: ChalkInstance): string {
  const lines = text.split(/\r?\n/);
  const first = Math.max(1, position.line - CONTEXT_LINES);
  const last = Math.min(lines.length, position.line + CONTEXT_LINES);
  const gutterWidth = String(last).length;
  const out: string[] = [];
  for (let number = first; number <= last; number++) {
    const line = (lines[number - 1] ?? '').slice(0, MAX_LINE_WIDTH);
    const marker = number === position.line ? colour.red('>') : ' ';
    out.push(`${marker} ${colour.dim(`${String(number).padStart(gutterWidth)} |`)} ${line}`);
    if (number === position.line) {
      const width = position.endLine === position.line ? Math.max(1, position.endColumn - position.column) : Math.max(1, line.length - position.column + 1);
      const caret = ' '.repeat(Math.max(0, position.column - 1)) + '^'.repeat(Math.min(width, MAX_LINE_WIDTH));
      out.push(`  ${' '.repeat(gutterWidth)} ${colour.dim('|')} ${colour.red(caret)}`);
    }
  }
  return out.join('\n');
}
