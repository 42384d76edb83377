import type { FormatInput } from './index.js';

/** GitHub Actions workflow commands: each finding becomes an annotation on its file and line. */
export function formatGithub({ diagnostics }: FormatInput): string {
  return diagnostics
    .map((d) => {
      const command = d.severity === 'error' ? 'error' : 'warning';
      const properties = d.position
        ? [`file=${escapeProperty(d.position.file)}`, `line=${d.position.line}`, `col=${d.position.column}`, `endLine=${d.position.endLine}`, `endColumn=${d.position.endColumn}`, `title=${escapeProperty(d.ruleId)}`]
        : [`title=${escapeProperty(d.ruleId)}`];
      return `::${command} ${properties.join(',')}::${escapeData(d.message)}\n`;
    })
    .join('');
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
