import { ruleFixtures } from './harness.js';

ruleFixtures('lesson-table-domain', 'training-plan', [
  ['lesson-tables.yaml', 10, 21, 'lesson table "Tableau des leçons": row "Servir les clients" names competence domain 3, which does not exist'],
]);
