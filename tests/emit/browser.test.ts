import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { repositoryDirectory, temporaryDirectory } from '../helpers/fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const reviewDirectory = join(repositoryDirectory, 'dist', 'review');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const out = temporaryDirectory();
let browser: Browser;

// .ci/run installs Debian's chromium; without it these tests fail rather than pass unseen.
describe('handbooks in a browser', () => {
  beforeAll(async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install chromium`).toBe(true);
    expect((await runCli(['build', '--html-only', '--out', out, 'curricula'], { cwd: repositoryDirectory })).code).toBe(0);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    mkdirSync(reviewDirectory, { recursive: true });
  });
  afterAll(async () => browser?.close());

  for (const [name, link, target] of [
    ['agent-relation-client-cfc', '[id="ci-I"] a[href="#comp-2.2"]', 'comp-2.2'],
    ['conseiller-service-automobile-m5', '[id="cd-5.1.1"] a[href="#ws-a.5"]', 'ws-a.5'],
  ] as const) {
    it(`${name}: a cross-reference click lands on its target, and axe finds nothing serious`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`file://${join(out, `${name}.html`)}`);
      await page.screenshot({ path: join(reviewDirectory, `${name}.png`) });
      await page.locator(link).first().click();
      expect(new URL(page.url()).hash).toBe(`#${target}`);
      const box = await page.locator(`[id="${target}"]`).boundingBox();
      expect(box && box.y >= -1 && box.y < 900).toBe(true);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run();
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      });
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
      await page.close();
    });
  }
});
