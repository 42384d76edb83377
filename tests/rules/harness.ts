import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/check/index.js';
import { checkPaths } from '../../src/pipeline/index.js';
import { materialize, testsDirectory } from '../helpers/fixtures.js';

/** [file, line, column, message] of one expected finding. */
export type ExpectedFinding = [file: string, line: number, column: number, message: string];

/**
 * The standard tests of a rule: its passing fixture (tests/rules/<id>/pass/) yields no finding at all, its
 * failing fixture (tests/rules/<id>/fail/) yields exactly `expected` from this rule, at the rule's severity.
 * Each fixture is the base document of its kind with the fixture's files laid over it.
 */
export function ruleFixtures(ruleId: string, base: 'training-plan' | 'teaching-plan', expected: ExpectedFinding[]): void {
  const rule = rules.find((r) => r.id === ruleId);
  const fixtures = join(testsDirectory, 'rules', ruleId);
  describe(`rule ${ruleId}`, () => {
    it('is registered and has both fixtures', () => {
      expect(rule?.id).toBe(ruleId);
      expect(existsSync(join(fixtures, 'pass')) && existsSync(join(fixtures, 'fail'))).toBe(true);
    });

    it('finds nothing in its passing fixture', () => {
      const directory = materialize(base, join(fixtures, 'pass'));
      expect(checkPaths([directory], { cwd: directory }).diagnostics).toEqual([]);
    });

    it(`reports ${expected.length} finding${expected.length === 1 ? '' : 's'} in its failing fixture`, () => {
      const directory = materialize(base, join(fixtures, 'fail'));
      const findings = checkPaths([directory], { cwd: directory }).diagnostics.filter((d) => d.ruleId === ruleId);
      expect(findings.map((d) => [d.position?.file, d.position?.line, d.position?.column, d.message])).toEqual(expected);
      expect(new Set(findings.map((d) => d.severity))).toEqual(new Set([rule!.severity]));
    });
  });
}
