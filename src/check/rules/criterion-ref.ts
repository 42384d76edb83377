import type { Rule } from '../rule.js';

export default {
  id: 'criterion-ref',
  description: 'Every performance criterion a competence dimension cites exists.',
  severity: 'error',
  appliesTo: 'teaching-plan',
  run(document, report) {
    for (const { dimension } of document.dimensions) {
      for (const statement of dimension.statements) {
        if (statement.criterion !== undefined && !document.criteria.has(statement.criterion)) {
          report({ node: statement, key: 'criterion', message: `competence dimension ${dimension.id} cites performance criterion ${statement.criterion}, which does not exist`, actual: statement.criterion });
        }
      }
    }
  },
} satisfies Rule;
