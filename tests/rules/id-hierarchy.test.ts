import { ruleFixtures } from './harness.js';

ruleFixtures('id-hierarchy', 'training-plan', [
  ['domains/domain-2.yaml', 25, 17, 'evaluation-objective "2.2.2.1" lies under "2.1.2", so its id must be "2.1.2.<n>"'],
  ['qualification.yaml', 9, 15, 'qualification-position "qa-2.2" lies under "qa-1", so its id must be "qa-1.<n>"'],
]);
