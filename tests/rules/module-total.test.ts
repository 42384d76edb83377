import { ruleFixtures } from './harness.js';

ruleFixtures('module-total', 'teaching-plan', [
  ['overview.yaml', 13, 12, 'module 1 declares 14 lessons, its learning fields add up to 16 (1.1: 12 + 1.2: 4)'],
]);
