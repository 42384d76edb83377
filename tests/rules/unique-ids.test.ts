import { ruleFixtures } from './harness.js';

ruleFixtures('unique-ids', 'training-plan', [
  ['domains/domain-2.yaml', 22, 13, 'id "2.1.1" is already used by a particular-objective'],
  ['revisions.yaml', 13, 7, 'id "rev-2" is already used by a revision'],
]);
