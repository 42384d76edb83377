import { ruleFixtures } from './harness.js';

ruleFixtures('numbering', 'training-plan', [
  ['domains/domain-1.yaml', 21, 17, 'evaluation-objective "1.1.1.3" leaves a gap: expected number 2, found 3'],
  ['domains/domain-1.yaml', 33, 17, 'evaluation-objective "1.1.2.1" repeats the number before it: expected number 2, found 1'],
]);
