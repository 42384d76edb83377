import { sameText } from '../../text/normalize.js';
import type { Rule } from '../rule.js';

export default {
  id: 'criterion-wording',
  description: 'A competence-dimension statement that cites a performance criterion repeats its wording.',
  severity: 'warning',
  appliesTo: 'teaching-plan',
  run(document, report) {
    for (const { dimension } of document.dimensions) {
      for (const statement of dimension.statements) {
        const criterion = statement.criterion ? document.criteria.get(statement.criterion) : undefined;
        if (criterion && !sameText(criterion.text, statement.text)) {
          report({
            node: statement,
            key: 'text',
            message: `competence dimension ${dimension.id} words criterion ${criterion.id} differently: "${statement.text}" vs "${criterion.text}"`,
            expected: criterion.text,
            actual: statement.text,
          });
        }
      }
    }
  },
} satisfies Rule;
