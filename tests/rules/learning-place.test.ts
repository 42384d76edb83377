import { ruleFixtures } from './harness.js';

ruleFixtures('learning-place', 'training-plan', [
  ['domains/domain-1.yaml', 20, 21, 'evaluation objective 1.1.1.1 names no learning place (company, ci or school)'],
  ['domains/domain-1.yaml', 24, 21, 'evaluation objective 1.1.1.2 names learning place "company" twice'],
]);
