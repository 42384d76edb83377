import { sum } from '../../resolve/sums.js';
import type { Rule } from '../rule.js';

export default {
  id: 'qualification-weights',
  description: 'The weights of a qualification area\'s positions add up to 100 %.',
  severity: 'error',
  appliesTo: 'training-plan',
  run(document, report) {
    for (const area of document.plan.qualification.areas) {
      const weighted = area.positions.filter((p) => p.weight !== undefined);
      if (weighted.length === 0) continue;
      const total = sum(weighted.map((p) => p.weight!));
      if (Math.abs(total - 100) > 1e-9) {
        report({ node: area, key: 'positions', message: `qualification area ${area.id} "${area.title}": the weights of its positions add up to ${total} %, not 100 %`, expected: 100, actual: total });
      }
      const unweighted = area.positions.find((p) => p.weight === undefined);
      if (unweighted) {
        report({ node: unweighted, key: 'id', message: `qualification position ${unweighted.id} has no weight while other positions of area ${area.id} do`, expected: 'a weight', actual: 'none' });
      }
    }
  },
} satisfies Rule;
