import { lessonsOf } from '../../resolve/sums.js';
import type { Rule } from '../rule.js';

const parts = ['presence', 'selfStudy', 'total'] as const;
const labels: Record<(typeof parts)[number], string> = { presence: 'presence', selfStudy: 'self-study', total: 'total' };

export default {
  id: 'overview-total',
  description: "The overview's grand totals equal the sums over all learning fields, and its learning days equal lessons ÷ lessons per day.",
  severity: 'error',
  appliesTo: 'teaching-plan',
  run(document, report) {
    const { overview, lessonsPerDay } = document.plan;
    const fields = overview.modules.flatMap((m) => m.learningFields);
    for (const part of parts) {
      const computed = lessonsOf(fields, part);
      if (overview.total[part] !== computed) {
        report({ node: overview.total, key: part, message: `overview: ${labels[part]} lessons declare ${overview.total[part]}, the ${fields.length} learning fields add up to ${computed}`, expected: computed, actual: overview.total[part] });
      }
      const days = overview.learningDays;
      const expectedDays = overview.total[part] / lessonsPerDay;
      if (days && days[part] !== expectedDays) {
        report({ node: days, key: part, message: `overview: ${labels[part]} learning days declare ${days[part]}, ${overview.total[part]} lessons ÷ ${lessonsPerDay} per day = ${expectedDays}`, expected: expectedDays, actual: days[part] });
      }
    }
  },
} satisfies Rule;
