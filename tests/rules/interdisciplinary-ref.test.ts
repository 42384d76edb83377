import { ruleFixtures } from './harness.js';

ruleFixtures('interdisciplinary-ref', 'training-plan', [
  ['domains/domain-1.yaml', 11, 16, 'competence 1.1 cites the social competence "Esprit d\'équipe", which the annex catalogue does not list'],
  ['domains/domain-1.yaml', 12, 29, 'competence 1.1 cites the personal competence "Gestion du stress", which the annex catalogue does not list'],
]);
