import { lessonsOf } from '../../resolve/sums.js';
import type { Rule } from '../rule.js';

export default {
  id: 'module-total',
  description: "Each module's total in the overview equals the sum of its learning fields' totals.",
  severity: 'error',
  appliesTo: 'teaching-plan',
  run(document, report) {
    for (const module of document.plan.overview.modules) {
      const computed = lessonsOf(module.learningFields, 'total');
      if (computed !== module.total) {
        const terms = module.learningFields.map((f) => `${f.id}: ${f.lessons.total}`).join(' + ');
        report({ node: module, key: 'total', message: `module ${module.id} declares ${module.total} lessons, its learning fields add up to ${computed} (${terms})`, expected: computed, actual: module.total });
      }
    }
  },
} satisfies Rule;
