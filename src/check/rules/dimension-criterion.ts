import type { Rule } from '../rule.js';

export default {
  id: 'dimension-criterion',
  description: 'Each competence dimension cites at least one performance criterion of a work situation it references.',
  severity: 'warning',
  appliesTo: 'teaching-plan',
  run(document, report) {
    for (const { dimension } of document.dimensions) {
      const cited = dimension.statements.flatMap((s) => (s.criterion ? [document.criteria.get(s.criterion)] : [])).filter((c) => c !== undefined);
      if (cited.some((criterion) => dimension.workSituations.includes(criterion.situation.id))) continue;
      const citedIds = cited.map((c) => c.id).join(', ');
      report({
        node: dimension,
        key: 'statements',
        message: citedIds
          ? `competence dimension ${dimension.id} cites ${citedIds}, none of which belongs to its work situations ${dimension.workSituations.join(', ') || '(none)'}`
          : `competence dimension ${dimension.id} cites no performance criterion of its work situations ${dimension.workSituations.join(', ') || '(none)'}`,
        expected: `a criterion of ${dimension.workSituations.join(' / ') || 'a referenced work situation'}`,
        actual: citedIds || 'none',
      });
    }
  },
} satisfies Rule;
