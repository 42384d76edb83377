import { ruleFixtures } from './harness.js';

ruleFixtures('lesson-split', 'teaching-plan', [
  ['overview.yaml', 9, 54, 'overview: learning field 1.1 declares 40, presence 8 + self-study 4 = 12'],
  ['overview.yaml', 22, 45, 'overview: total lessons declares 56, presence 20 + self-study 8 = 28'],
  ['overview.yaml', 23, 53, 'overview: learning days declares 7, presence 2.5 + self-study 1 = 3.5'],
]);
