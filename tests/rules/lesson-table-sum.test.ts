import { ruleFixtures } from './harness.js';

ruleFixtures('lesson-table-sum', 'training-plan', [
  ['lesson-tables.yaml', 10, 60, 'lesson table "Tableau des leçons": row "Servir les clients" declares 40 lessons, its years add up to 30'],
  ['lesson-tables.yaml', 11, 84, 'lesson table "Tableau des leçons": row "Connaissances professionnelles", column "2e année" declares 40, its rows add up to 30'],
  ['lesson-tables.yaml', 14, 33, 'lesson table "Tableau des leçons": row "Total" declares 190 lessons, its years add up to 180'],
  ['lesson-tables.yaml', 14, 33, 'lesson table "Tableau des leçons": row "Total" declares 190 lessons, its 2 rows add up to 180'],
  ['lesson-tables.yaml', 18, 33, 'lesson table "Tableau des leçons": note * speaks of 50 of 120 lessons, the rows it marks add up to 100'],
]);
