import { ruleFixtures } from './harness.js';

ruleFixtures('revision-ref', 'training-plan', [
  ['domains/domain-1.yaml', 32, 20, 'marked as added by revision "rev-3", which the document\'s revisions do not list'],
  ['revisions.yaml', 11, 33, 'revision rev-2 lists a change to "2.1.2", which is not an item of the document'],
]);
