import type { Rule } from '../rule.js';

export default {
  id: 'interdisciplinary-wording',
  description: 'A cited interdisciplinary competence is named as in the annex catalogue.',
  severity: 'warning',
  appliesTo: 'training-plan',
  run(document, report) {
    for (const { cited, name, index, competence } of document.interdisciplinaryCitations) {
      if (cited.match === 'similar') {
        report({
          node: competence.interdisciplinary[name],
          key: index,
          message: `competence ${competence.id} cites "${cited.title}", the annex catalogue names it "${cited.catalogueTitle}"`,
          expected: cited.catalogueTitle,
          actual: cited.title,
        });
      }
    }
  },
} satisfies Rule;
