import { ruleFixtures } from './harness.js';

ruleFixtures('taxonomy-level', 'training-plan', [
  ['annex.yaml', 10, 14, 'annex: a fr document writes taxonomy levels C1–C6; expected C3, found K3'],
  ['domains/domain-1.yaml', 19, 20, 'evaluation objective 1.1.1.1: a fr document writes taxonomy levels C1–C6; expected C2, found K2'],
  ['domains/domain-1.yaml', 23, 20, 'evaluation objective 1.1.1.2: a fr document writes taxonomy levels C1–C6; expected C3, found K3'],
]);
