import { ruleFixtures } from './harness.js';

ruleFixtures('lesson-table-title', 'training-plan', [
  ['lesson-tables.yaml', 10, 33, 'lesson table "Tableau des leçons": the row of domain 2 reads "Service à la clientèle", the domain is titled "Servir les clients"'],
]);
