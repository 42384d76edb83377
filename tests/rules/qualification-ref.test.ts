import { ruleFixtures } from './harness.js';

ruleFixtures('qualification-ref', 'training-plan', [
  ['qualification.yaml', 9, 61, 'qualification position qa-1.2 "Fidéliser les clients" references competence domain 3, which does not exist'],
]);
