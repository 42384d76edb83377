import { ruleFixtures } from './harness.js';

ruleFixtures('qualification-weights', 'training-plan', [
  ['qualification.yaml', 8, 7, 'qualification area qa-1 "Connaissances professionnelles": the weights of its positions add up to 90 %, not 100 %'],
  ['qualification.yaml', 16, 15, 'qualification position qa-2.3 has no weight while other positions of area qa-2 do'],
]);
