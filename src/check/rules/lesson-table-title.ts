import { sameText } from '../../text/normalize.js';
import type { Rule } from '../rule.js';

export default {
  id: 'lesson-table-title',
  description: "A lesson-table row that stands for a competence domain carries the domain's title.",
  severity: 'warning',
  appliesTo: 'training-plan',
  run(document, report) {
    for (const table of document.plan.lessonTables) {
      for (const row of table.sections.flatMap((s) => s.rows)) {
        const domain = row.domain === undefined ? undefined : document.domains.get(row.domain);
        if (domain && !sameText(domain.title, row.title)) {
          report({
            node: row,
            key: 'title',
            message: `lesson table "${table.title}": the row of domain ${row.domain} reads "${row.title}", the domain is titled "${domain.title}"`,
            expected: domain.title,
            actual: row.title,
          });
        }
      }
    }
  },
} satisfies Rule;
