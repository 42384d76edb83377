import type { Rule } from '../rule.js';

export default {
  id: 'lesson-table-domain',
  description: 'Lesson-table rows that stand for a competence domain name an existing one.',
  severity: 'error',
  appliesTo: 'training-plan',
  run(document, report) {
    for (const { table, row, domainId, domain } of document.lessonDomainRows) {
      if (!domain) {
        report({ node: row, key: 'domain', message: `lesson table "${table.title}": row "${row.title}" names competence domain ${domainId}, which does not exist`, actual: domainId });
      }
    }
  },
} satisfies Rule;
