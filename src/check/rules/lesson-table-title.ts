import { sameText } from '../../text/normalize.js';
import type { Rule } from '../rule.js';

export default {
  id: 'lesson-table-title',
  description: "A lesson-table row that stands for a competence domain carries the domain's title.",
  severity: 'warning',
  appliesTo: 'training-plan',
  run(document, report) {
    for (const { table, row, domainId, domain } of document.lessonDomainRows) {
      if (domain && !sameText(domain.title, row.title)) {
        report({
          node: row,
          key: 'title',
          message: `lesson table "${table.title}": the row of domain ${domainId} reads "${row.title}", the domain is titled "${domain.title}"`,
          expected: domain.title,
          actual: row.title,
        });
      }
    }
  },
} satisfies Rule;
