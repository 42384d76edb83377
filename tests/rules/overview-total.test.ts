import { ruleFixtures } from './harness.js';

ruleFixtures('overview-total', 'teaching-plan', [
  ['overview.yaml', 22, 20, 'overview: presence lessons declare 26, the 3 learning fields add up to 24'],
  ['overview.yaml', 22, 35, 'overview: self-study lessons declare 10, the 3 learning fields add up to 8'],
  ['overview.yaml', 22, 46, 'overview: total lessons declare 36, the 3 learning fields add up to 32'],
  ['overview.yaml', 23, 27, 'overview: presence learning days declare 3, 26 lessons ÷ 8 per day = 3.25'],
  ['overview.yaml', 23, 41, 'overview: self-study learning days declare 1, 10 lessons ÷ 8 per day = 1.25'],
  ['overview.yaml', 23, 51, 'overview: total learning days declare 4, 36 lessons ÷ 8 per day = 4.5'],
]);
