import { countBySeverity } from '../../diagnostics.js';
import type { FormatInput } from './index.js';

/**
 * Machine output, stable across versions while `version` stays 1:
 * { version, tool, summary: { documents, errors, warnings }, diagnostics: [{ ruleId, severity, message, file,
 *   line, column, endLine, endColumn, document?, expected?, actual? }] } — positions are 1-based.
 */
export function formatJson({ diagnostics, documentCount, toolVersion }: FormatInput): string {
  const counts = countBySeverity(diagnostics);
  const report = {
    version: 1,
    tool: { name: 'curric', version: toolVersion },
    summary: { documents: documentCount, errors: counts.error, warnings: counts.warning },
    diagnostics: diagnostics.map((d) => ({
      ruleId: d.ruleId,
      severity: d.severity,
      message: d.message,
      file: d.position?.file ?? null,
      line: d.position?.line ?? null,
      column: d.position?.column ?? null,
      endLine: d.position?.endLine ?? null,
      endColumn: d.position?.endColumn ?? null,
      ...(d.document !== undefined ? { document: d.document } : {}),
      ...(d.expected !== undefined ? { expected: d.expected } : {}),
      ...(d.actual !== undefined ? { actual: d.actual } : {}),
    })),
  };
  return JSON.stringify(report, null, 2) + '\n';
}
