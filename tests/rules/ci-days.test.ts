import { ruleFixtures } from './harness.js';

ruleFixtures('ci-days', 'training-plan', [
  ['inter-company-courses.yaml', 12, 12, 'cours I declares 18 hours, 2 days × 8 hours = 16'],
  ['inter-company-courses.yaml', 15, 13, 'cours I: the program table gives 3 days, the course lasts 2 days'],
]);
