import { ruleFixtures } from './harness.js';

ruleFixtures('ci-citation-title', 'training-plan', [
  ['inter-company-courses.yaml', 19, 22, 'cours I cites 1.1 as "Organiser le poste", its title is "Organiser son poste"'],
  ['inter-company-courses.yaml', 26, 22, 'cours I cites 2 as "Service à la clientèle", its title is "Servir les clients"'],
]);
