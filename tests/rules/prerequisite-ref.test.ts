import { ruleFixtures } from './harness.js';

ruleFixtures('prerequisite-ref', 'teaching-plan', [
  ['module-2/module.yaml', 8, 15, 'module 2 requires module 3, which the overview does not list'],
  ['module-2/module.yaml', 9, 15, 'module 2 names itself as a prerequisite'],
]);
