import { Chalk } from 'chalk';
import { countBySeverity, type Diagnostic } from '../../diagnostics.js';
import { codeFrame } from './code-frame.js';
import type { FormatInput } from './index.js';

/** Human output: findings grouped by file, each with its position, rule id and a code frame (coloured in a terminal). */
export function formatText({ diagnostics, sourceText, colour: useColour, documentCount }: FormatInput): string {
  const colour = new Chalk({ level: useColour ? 1 : 0 });
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const file = d.position?.file ?? '';
    byFile.set(file, [...(byFile.get(file) ?? []), d]);
  }
  const out: string[] = [];
  for (const [file, findings] of byFile) {
    out.push(colour.underline(file || '(invocation)'));
    for (const d of findings) {
      const where = d.position ? `${d.position.line}:${d.position.column}` : '';
      const severity = d.severity === 'error' ? colour.red('error') : colour.yellow('warning');
      out.push(`  ${colour.dim(where.padEnd(8))} ${severity}  ${d.message}  ${colour.dim(d.ruleId)}`);
      const text = d.position ? sourceText(d.position.file) : undefined;
      if (text !== undefined && d.position) out.push(indent(codeFrame(text, d.position, colour), 4));
    }
    out.push('');
  }
  const counts = countBySeverity(diagnostics);
  const summary = `${documentCount} document${documentCount === 1 ? '' : 's'} checked: ${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}`;
  out.push(counts.error ? colour.red.bold(summary) : counts.warning ? colour.yellow.bold(summary) : colour.green.bold(summary));
  return out.join('\n') + '\n';
}

function indent(text: string, spaces: number): string {
  return text
    .split('\n')
    .map((line) => ' '.repeat(spaces) + line)
    .join('\n');
}
