import { ruleFixtures } from './harness.js';

ruleFixtures('criterion-ref', 'teaching-plan', [
  ['module-2/learning-field-2.2.yaml', 11, 20, 'competence dimension 2.2.1 cites performance criterion a.2.k2, which does not exist'],
]);
