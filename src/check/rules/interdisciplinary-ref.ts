import type { Rule } from '../rule.js';

export default {
  id: 'interdisciplinary-ref',
  description: 'Interdisciplinary competences cited by a professional competence exist in the annex catalogue.',
  severity: 'error',
  appliesTo: 'training-plan',
  run(document, report) {
    for (const { cited, name, index, competence } of document.interdisciplinaryCitations) {
      if (cited.match === 'none') {
        report({ node: competence.interdisciplinary[name], key: index, message: `competence ${competence.id} cites the ${name} competence "${cited.title}", which the annex catalogue does not list`, actual: cited.title });
      }
    }
  },
} satisfies Rule;
