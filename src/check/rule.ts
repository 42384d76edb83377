import type { Severity } from '../diagnostics.js';
import type { PathSegment } from '../load/source-map.js';
import type { ResolvedDocument, ResolvedTeachingPlan, ResolvedTrainingPlan } from '../resolve/index.js';

/** What a rule reports: the YAML node (and key) at fault, a one-line message, and the values compared. */
export interface Finding {
  node: object;
  key?: PathSegment;
  message: string;
  expected?: string | number;
  actual?: string | number;
}

export type Report = (finding: Finding) => void;

interface RuleMeta {
  /** Stable id, printed with every finding and used to configure the rule. */
  id: string;
  description: string;
  severity: Severity;
}

/** A rule reports findings on one kind of document; it never prints, exits or knows about output formats. */
export type Rule =
  | (RuleMeta & { appliesTo: 'training-plan'; run(document: ResolvedTrainingPlan, report: Report): void })
  | (RuleMeta & { appliesTo: 'teaching-plan'; run(document: ResolvedTeachingPlan, report: Report): void })
  | (RuleMeta & { appliesTo: 'any'; run(document: ResolvedDocument, report: Report): void });
