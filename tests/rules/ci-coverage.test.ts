import { ruleFixtures } from './harness.js';

ruleFixtures('ci-coverage', 'training-plan', [
  ['domains/domain-2.yaml', 22, 9, 'competence 2.2 has 2 evaluation objectives at the CI but no CI course cites it'],
  ['domains/domain-2.yaml', 42, 9, 'competence 2.3 has 1 evaluation objective at the CI but no CI course cites it'],
]);
