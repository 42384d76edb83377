import { labelsFor } from '../labels.js';
import type { DocumentReport } from './model.js';
import { lineLabel } from './wording.js';

const cell = (text: string | number) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The consistency report as Markdown, for pull-request comments. */
export function reportMarkdown(reports: readonly DocumentReport[]): string {
  const labels = labelsFor('en');
  const out: string[] = ['# curric consistency report', ''];
  for (const report of reports) {
    out.push(`## ${report.title}`, '', `\`${report.id}\` (${report.kind}): ${report.errors} errors, ${report.warnings} warnings`, '');
    const mismatches = report.arithmetic.filter((a) => !a.ok);
    out.push(`Arithmetic: ${report.arithmetic.length - mismatches.length} of ${report.arithmetic.length} totals agree.`, '');
    if (mismatches.length) {
      out.push('| total | declared | computed |', '| --- | ---: | ---: |', ...mismatches.map((a) => `| ${cell(lineLabel(a, labels))} | ${a.declared} | ${a.computed} |`), '');
    }
    if (report.findings.length) {
      out.push('| where | severity | rule | message |', '| --- | --- | --- | --- |');
      for (const f of report.findings) {
        const where = f.position ? `${f.position.file}:${f.position.line}:${f.position.column}` : '';
        out.push(`| ${cell(where)} | ${f.severity} | ${f.ruleId} | ${cell(f.message)} |`);
      }
      out.push('');
    }
  }
  return out.join('\n');
}
