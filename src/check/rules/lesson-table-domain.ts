import type { Rule } from '../rule.js';

export default {
  id: 'lesson-table-domain',
  description: 'Lesson-table rows that stand for a competence domain name an existing one.',
  severity: 'error',
  appliesTo: 'training-plan',
  run(document, report) {
    for (const table of document.plan.lessonTables) {
      for (const row of table.sections.flatMap((s) => s.rows)) {
        if (row.domain === undefined) continue;
        const domain = document.domains.get(row.domain);
        if (!domain) {
          report({ node: row, key: 'domain', message: `lesson table "${table.title}": row "${row.title}" names competence domain ${row.domain}, which does not exist`, actual: row.domain });
        }
      }
    }
  },
} satisfies Rule;
