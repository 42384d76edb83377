import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/check/index.js';
import { repositoryDirectory, testsDirectory } from '../helpers/fixtures.js';

describe('the rule catalogue', () => {
  it('gives every rule a unique id, a description and its own tests with fixtures', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const rule of rules) {
      expect(rule.description.length, rule.id).toBeGreaterThan(20);
      expect(existsSync(join(testsDirectory, 'rules', `${rule.id}.test.ts`)), `tests/rules/${rule.id}.test.ts`).toBe(true);
    }
  });

  it('is documented in the README with each rule\'s severity', () => {
    const readme = readFileSync(join(repositoryDirectory, 'README.md'), 'utf8');
    for (const rule of rules) expect(readme, rule.id).toContain(`| \`${rule.id}\` | ${rule.severity} | ${rule.description} |`);
  });
});
