import { ruleFixtures } from './harness.js';

ruleFixtures('criterion-wording', 'teaching-plan', [
  ['module-2/learning-field-2.1.yaml', 8, 15, 'competence dimension 2.1.1 words criterion a.1.p1 differently: "Accueillent le client avec professionnalisme." vs "Accueillent les clients avec professionnalisme."'],
]);
