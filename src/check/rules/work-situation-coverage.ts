import type { Rule } from '../rule.js';

export default {
  id: 'work-situation-coverage',
  description: 'Every work situation of a module is referenced by at least one of its learning fields.',
  severity: 'warning',
  appliesTo: 'teaching-plan',
  run(document, report) {
    for (const detail of document.plan.details) {
      const referenced = new Set(detail.learningFields.flatMap((field) => field.dimensions.flatMap((d) => d.workSituations)));
      for (const situation of detail.workSituations) {
        if (referenced.has(situation.id)) continue;
        report({ node: situation, key: 'id', message: `work situation ${situation.id} of module ${detail.module} is referenced by none of its learning fields`, expected: 'at least 1', actual: 0 });
      }
    }
  },
} satisfies Rule;
