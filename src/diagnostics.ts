/** What every phase reports: a finding with a stable rule id, a severity and (once located) a source position. */

export type Severity = 'error' | 'warning';

export interface SourcePosition {
  /** Path of the YAML file as the user named it (relative to the working directory). */
  file: string;
  /** 1-based line and column of the offending node's start, and of its end. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Absent only for findings about the invocation itself (a path that does not exist). */
  position?: SourcePosition;
  expected?: string | number;
  actual?: string | number;
  /** Id of the document the finding belongs to, when known. */
  document?: string;
}

/** Failures of the invocation or the file system rather than of the sources: they exit with code 2. */
export class UsageError extends Error {}

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0 };
  for (const d of diagnostics) counts[d.severity] += 1;
  return counts;
}

/** Orders findings by file, then position, then rule, so every output format lists them the same way. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const fa = a.position?.file ?? '';
  const fb = b.position?.file ?? '';
  if (fa !== fb) return fa < fb ? -1 : 1;
  const la = a.position?.line ?? 0;
  const lb = b.position?.line ?? 0;
  if (la !== lb) return la - lb;
  const ca = a.position?.column ?? 0;
  const cb = b.position?.column ?? 0;
  if (ca !== cb) return ca - cb;
  return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
}
