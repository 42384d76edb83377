import { ruleFixtures } from './harness.js';

ruleFixtures('dimension-criterion', 'teaching-plan', [
  ['module-2/learning-field-2.1.yaml', 8, 7, 'competence dimension 2.1.1 cites no performance criterion of its work situations a.1'],
  ['module-2/learning-field-2.1.yaml', 14, 7, 'competence dimension 2.1.2 cites a.2.k1, none of which belongs to its work situations a.1'],
]);
