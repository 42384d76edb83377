import type { Rule } from '../rule.js';

export default {
  id: 'prerequisite-ref',
  description: 'A module\'s prerequisites name existing modules other than itself.',
  severity: 'error',
  appliesTo: 'teaching-plan',
  run(document, report) {
    for (const detail of document.plan.details) {
      for (const prerequisite of detail.prerequisites) {
        if (!document.modules.has(prerequisite.module)) {
          report({ node: prerequisite, key: 'module', message: `module ${detail.module} requires module ${prerequisite.module}, which the overview does not list`, actual: prerequisite.module });
        } else if (prerequisite.module === detail.module) {
          report({ node: prerequisite, key: 'module', message: `module ${detail.module} names itself as a prerequisite`, actual: prerequisite.module });
        }
      }
    }
  },
} satisfies Rule;
