import { ruleFixtures } from './harness.js';

ruleFixtures('work-situation-coverage', 'teaching-plan', [
  ['module-2/work-situations.yaml', 22, 7, 'work situation a.3 of module 2 is referenced by none of its learning fields'],
]);
