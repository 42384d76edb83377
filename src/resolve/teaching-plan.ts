import type {
  CompetenceDimension,
  CriterionGroup,
  LearningField,
  ModuleDetail,
  OverviewModule,
  TeachingPlan,
  WorkSituation,
} from '../validate/schema/teaching-plan.js';
import type { Revision } from '../validate/schema/common.js';
import { firstById, type Item } from './item.js';

export interface ResolvedCriterion {
  id: string;
  text: string;
  group: CriterionGroup;
  situation: WorkSituation;
}

export interface ResolvedDimension {
  dimension: CompetenceDimension;
  field: LearningField;
  detail: ModuleDetail;
}

/** A teaching plan with its cross-reference graph. */
export interface ResolvedTeachingPlan {
  kind: 'teaching-plan';
  id: string;
  plan: TeachingPlan;
  items: Item[];
  modules: Map<string, OverviewModule>;
  /** Learning-field id → its row in the overview table. */
  overviewFields: Map<string, { field: TeachingPlan['overview']['modules'][number]['learningFields'][number]; module: OverviewModule }>;
  workSituations: Map<string, WorkSituation>;
  criteria: Map<string, ResolvedCriterion>;
  dimensions: ResolvedDimension[];
  /** Work-situation id → the learning fields whose dimensions reference it, without repeats. */
  referencedBy: Map<string, LearningField[]>;
  revisions: Map<string, Revision>;
}

const criterionGroups: CriterionGroup[] = ['potential', 'knowledge', 'attitudes', 'metacognition'];

export function resolveTeachingPlan(plan: TeachingPlan): ResolvedTeachingPlan {
  const items: Item[] = [];
  const overviewFields: ResolvedTeachingPlan['overviewFields'] = new Map();
  for (const module of plan.overview.modules) {
    items.push({ id: module.id, kind: 'module', node: module, namespace: 'overview' });
    for (const field of module.learningFields) {
      items.push({ id: field.id, kind: 'learning-field', node: field, parent: module, namespace: 'overview' });
      if (!overviewFields.has(field.id)) overviewFields.set(field.id, { field, module });
    }
  }
  const criteria = new Map<string, ResolvedCriterion>();
  const dimensions: ResolvedDimension[] = [];
  const referencedBy = new Map<string, LearningField[]>();
  const situations: WorkSituation[] = [];
  for (const detail of plan.details) {
    for (const field of detail.learningFields) {
      items.push({ id: field.id, kind: 'learning-field', node: field, parent: { id: detail.module } });
      for (const dimension of field.dimensions) {
        items.push({ id: dimension.id, kind: 'competence-dimension', node: dimension, parent: field });
        dimensions.push({ dimension, field, detail });
        for (const ref of dimension.workSituations) {
          const fields = referencedBy.get(ref) ?? [];
          if (!fields.includes(field)) fields.push(field);
          referencedBy.set(ref, fields);
        }
      }
    }
    for (const situation of detail.workSituations) {
      situations.push(situation);
      items.push({ id: situation.id, kind: 'work-situation', node: situation });
      for (const group of criterionGroups) {
        for (const criterion of situation.criteria[group]) {
          items.push({ id: criterion.id, kind: 'performance-criterion', node: criterion, parent: situation });
          if (!criteria.has(criterion.id)) criteria.set(criterion.id, { id: criterion.id, text: criterion.text, group, situation });
        }
      }
    }
  }
  for (const revision of plan.revisions) items.push({ id: revision.id, kind: 'revision', node: revision });
  return {
    kind: 'teaching-plan',
    id: plan.id,
    plan,
    items,
    modules: firstById(plan.overview.modules),
    overviewFields,
    workSituations: firstById(situations),
    criteria,
    dimensions,
    referencedBy,
    revisions: firstById(plan.revisions),
  };
}
