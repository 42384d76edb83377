import type { Rule } from '../rule.js';

export default {
  id: 'qualification-ref',
  description: 'Qualification positions reference existing competence domains.',
  severity: 'error',
  appliesTo: 'training-plan',
  run(document, report) {
    for (const area of document.plan.qualification.areas) {
      for (const position of area.positions) {
        if (position.domain !== undefined && !document.domains.has(position.domain)) {
          report({ node: position, key: 'domain', message: `qualification position ${position.id} "${position.title}" references competence domain ${position.domain}, which does not exist`, actual: position.domain });
        }
      }
    }
  },
} satisfies Rule;
