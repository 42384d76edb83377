import type { Rule } from '../rule.js';

export default {
  id: 'taxonomy-level',
  description: 'Taxonomy levels are C1–C6, or K1–K6 in a German document.',
  severity: 'error',
  appliesTo: 'training-plan',
  run(document, report) {
    const letter = document.plan.language === 'de' ? 'K' : 'C';
    for (const { objective } of document.evaluationObjectives) {
      if (!objective.level.startsWith(letter)) {
        const expected = `${letter}${objective.level.slice(1)}`;
        report({
          node: objective,
          key: 'level',
          message: `evaluation objective ${objective.id}: a ${document.plan.language} document writes taxonomy levels ${letter}1–${letter}6; expected ${expected}, found ${objective.level}`,
          expected,
          actual: objective.level,
        });
      }
    }
    for (const entry of document.plan.annex.taxonomyLevels) {
      if (!entry.level.startsWith(letter)) {
        const expected = `${letter}${entry.level.slice(1)}`;
        report({ node: entry, key: 'level', message: `annex: a ${document.plan.language} document writes taxonomy levels ${letter}1–${letter}6; expected ${expected}, found ${entry.level}`, expected, actual: entry.level });
      }
    }
  },
} satisfies Rule;
