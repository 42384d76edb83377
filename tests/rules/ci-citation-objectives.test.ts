import { ruleFixtures } from './harness.js';

ruleFixtures('ci-citation-objectives', 'training-plan', [
  ['inter-company-courses.yaml', 18, 20, 'cours I cites competence 1.1, which has no evaluation objective at the CI'],
  ['inter-company-courses.yaml', 38, 20, 'cours II cites competence 1.1, which has no evaluation objective at the CI'],
]);
