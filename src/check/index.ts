import type { Diagnostic, Severity } from '../diagnostics.js';
import type { SourceMap } from '../load/index.js';
import type { ResolvedDocument } from '../resolve/index.js';
import type { Finding, Rule } from './rule.js';
import ciCitationObjectives from './rules/ci-citation-objectives.js';
import ciCitationRef from './rules/ci-citation-ref.js';
import ciCitationTitle from './rules/ci-citation-title.js';
import ciCoverage from './rules/ci-coverage.js';
import ciDays from './rules/ci-days.js';
import criterionRef from './rules/criterion-ref.js';
import criterionWording from './rules/criterion-wording.js';
import dimensionCriterion from './rules/dimension-criterion.js';
import idHierarchy from './rules/id-hierarchy.js';
import interdisciplinaryRef from './rules/interdisciplinary-ref.js';
import interdisciplinaryWording from './rules/interdisciplinary-wording.js';
import learningPlace from './rules/learning-place.js';
import lessonSplit from './rules/lesson-split.js';
import lessonTableDomain from './rules/lesson-table-domain.js';
import lessonTableSum from './rules/lesson-table-sum.js';
import lessonTableTitle from './rules/lesson-table-title.js';
import moduleFramework from './rules/module-framework.js';
import moduleTotal from './rules/module-total.js';
import numbering from './rules/numbering.js';
import overviewTotal from './rules/overview-total.js';
import prerequisiteRef from './rules/prerequisite-ref.js';
import qualificationRef from './rules/qualification-ref.js';
import qualificationWeights from './rules/qualification-weights.js';
import revisionRef from './rules/revision-ref.js';
import taxonomyLevel from './rules/taxonomy-level.js';
import uniqueIds from './rules/unique-ids.js';
import workSituationCoverage from './rules/work-situation-coverage.js';
import workSituationRef from './rules/work-situation-ref.js';

export type { Rule, Finding, Report } from './rule.js';

/** Every rule, structure first, then arithmetic, then references. */
export const rules: readonly Rule[] = [
  uniqueIds,
  idHierarchy,
  numbering,
  taxonomyLevel,
  learningPlace,
  lessonTableSum,
  lessonTableDomain,
  lessonTableTitle,
  lessonSplit,
  moduleTotal,
  overviewTotal,
  moduleFramework,
  prerequisiteRef,
  workSituationRef,
  workSituationCoverage,
  criterionRef,
  dimensionCriterion,
  criterionWording,
  ciCitationRef,
  ciCitationTitle,
  ciCoverage,
  ciCitationObjectives,
  ciDays,
  qualificationRef,
  qualificationWeights,
  interdisciplinaryRef,
  interdisciplinaryWording,
  revisionRef,
];

/** Phase 4: runs every rule that applies to the document and turns its findings into located diagnostics. */
export function checkDocument(document: ResolvedDocument, sourceMap: SourceMap, selected: readonly Rule[] = rules): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const rule of selected) {
    if (rule.appliesTo !== 'any' && rule.appliesTo !== document.kind) continue;
    const report = (finding: Finding) => diagnostics.push(toDiagnostic(rule.id, rule.severity, finding, document.id, sourceMap));
    // The union of run signatures narrows by appliesTo, which TypeScript cannot follow through the check above.
    (rule.run as (document: ResolvedDocument, report: (finding: Finding) => void) => void)(document, report);
  }
  return diagnostics;
}

function toDiagnostic(ruleId: string, severity: Severity, finding: Finding, documentId: string, sourceMap: SourceMap): Diagnostic {
  const position = sourceMap.locate(finding.node, finding.key);
  return {
    ruleId,
    severity,
    message: finding.message,
    document: documentId,
    ...(position ? { position } : {}),
    ...(finding.expected !== undefined ? { expected: finding.expected } : {}),
    ...(finding.actual !== undefined ? { actual: finding.actual } : {}),
  };
}
