import type { Labels } from '../labels.js';
import type { ArithmeticLine, Count } from './model.js';

/** The report's figures in the words of one language: counts, declared totals, coverage matrices. */

export function countLabel(count: Count, labels: Labels): string {
  const of = count.key === 'objectivesAtPlace' && isPlace(count.of) ? labels[count.of] : count.of;
  return fill(labels.site.counts[count.key], { of });
}

export function lineLabel(line: ArithmeticLine, labels: Labels): string {
  const part = line.key === 'overview' || line.key === 'learningDays' ? labels[line.part as 'presence' | 'selfStudy' | 'total'] : line.part;
  return fill(labels.site.lines[line.key], { subject: line.subject, part });
}

/** A matrix's column headings: learning places in words, taxonomy levels and learning fields as they are. */
export function coverageColumns(columns: readonly string[], labels: Labels): string[] {
  return columns.map((column) => (isPlace(column) ? labels[column] : column));
}

const isPlace = (value: string | undefined): value is 'company' | 'ci' | 'school' => value === 'company' || value === 'ci' || value === 'school';

function fill(template: string, values: Record<string, string | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}
