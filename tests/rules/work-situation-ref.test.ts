import { ruleFixtures } from './harness.js';

ruleFixtures('work-situation-ref', 'teaching-plan', [
  ['module-2/learning-field-2.1.yaml', 11, 27, 'competence dimension 2.1.1 references work situation a.3, which module 2 does not describe'],
]);
