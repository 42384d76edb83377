import type { Rule } from '../rule.js';

export default {
  id: 'work-situation-coverage',
  description: 'Every work situation of a module is referenced by at least one learning field.',
  severity: 'warning',
  appliesTo: 'teaching-plan',
  run(document, report) {
    for (const situation of document.workSituations.values()) {
      if (!document.referencedBy.has(situation.id)) {
        report({ node: situation, key: 'id', message: `work situation ${situation.id} is referenced by no learning field`, expected: 'at least 1', actual: 0 });
      }
    }
  },
} satisfies Rule;
