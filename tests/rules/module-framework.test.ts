import { ruleFixtures } from './harness.js';

ruleFixtures('module-framework', 'teaching-plan', [
  ['module-2/learning-field-2.2.yaml', 4, 22, 'learning field 2.2 declares 8 presence lessons, the overview gives 6'],
  ['module-2/learning-field-2.2.yaml', 4, 46, 'learning field 2.2 declares 10 total lessons, the overview gives 8'],
  ['module-2/module.yaml', 4, 10, 'module 2 declares 18 lessons, the overview gives it 16'],
  ['module-2/module.yaml', 5, 16, 'module 2 declares 12 taught lessons, its learning fields have 14 presence lessons'],
]);
