import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../../src/pipeline/index.js';
import { teachingPlanDirectory } from '../helpers/curricula.js';
import { temporaryDirectory } from '../helpers/fixtures.js';

/** The shipped teaching plan with the overview's figures put back as the source prints them. */
function teachingPlanAsPrinted(): string {
  const directory = temporaryDirectory();
  cpSync(teachingPlanDirectory, directory, { recursive: true });
  const index = join(directory, 'curriculum.yaml');
  const printed = readFileSync(index, 'utf8')
    .replace(/total: 12 # source prints: 40 .*/, 'total: 40')
    .replace(/total: 54 # source prints: 54 on row 1\.1 but 34 .*/, 'total: 34');
  writeFileSync(index, printed);
  return directory;
}

describe('the figures the teaching plan prints wrongly', () => {
  it('are each reported by curric check', () => {
    const directory = teachingPlanAsPrinted();
    const errors = checkPaths([directory], { cwd: directory }).diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.position?.file}:${d.position?.line}:${d.position?.column} ${d.ruleId} ${d.message}`)).toEqual([
      'curriculum.yaml:65:14 module-total module 1 declares 34 lessons, its learning fields add up to 54 (1.1: 48 + 1.2: 6)',
      'curriculum.yaml:210:20 lesson-split overview: learning field 7.1 declares 40, presence 8 + self-study 4 = 12',
      'curriculum.yaml:223:14 module-total module 7 declares 40 lessons, its learning fields add up to 68 (7.1: 40 + 7.2: 18 + 7.3: 10)',
      'curriculum.yaml:227:12 overview-total overview: total lessons declare 466, the 23 learning fields add up to 494',
    ]);
  });
});
