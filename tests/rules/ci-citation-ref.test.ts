import { ruleFixtures } from './harness.js';

ruleFixtures('ci-citation-ref', 'training-plan', [
  ['inter-company-courses.yaml', 20, 20, 'cours I cites 1.2 "Gérer le matériel", which is neither a competence nor a competence domain'],
  ['inter-company-courses.yaml', 28, 20, 'cours I cites 3 "Fidéliser les clients", which is neither a competence nor a competence domain'],
]);
