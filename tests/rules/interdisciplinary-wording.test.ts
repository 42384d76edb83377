import { ruleFixtures } from './harness.js';

ruleFixtures('interdisciplinary-wording', 'training-plan', [
  ['domains/domain-2.yaml', 11, 24, 'competence 2.1 cites "Technique de travail", the annex catalogue names it "Techniques de travail"'],
  ['domains/domain-2.yaml', 12, 16, 'competence 2.1 cites "Aptitudes à communiquer", the annex catalogue names it "Capacités à communiquer"'],
]);
