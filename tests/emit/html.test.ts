import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { shippedCurricula } from '../helpers/curricula.js';
import { materialize, repositoryDirectory, temporaryDirectory } from '../helpers/fixtures.js';
import { attribute, elements, textOf, type Element } from '../helpers/html.js';

const out = temporaryDirectory();
const build = await runCli(['build', '--html-only', '--out', out, 'curricula'], { cwd: repositoryDirectory });
const { trainingPlan, teachingPlan } = shippedCurricula();
const read = (name: string) => readFileSync(join(out, name), 'utf8');
const handbooks = ['agent-relation-client-cfc.html', 'conseiller-service-automobile-m5.html'];
const pages = [...handbooks, 'agent-relation-client-cfc.company.html', 'agent-relation-client-cfc.ci.html', 'agent-relation-client-cfc.school.html', 'index.html', 'report.html'];
const parsed = new Map(pages.map((name) => [name, elements(read(name))]));
const ids = (name: string) => new Set(parsed.get(name)!.flatMap((e) => attribute(e, 'id') ?? []));
const byId = (name: string, id: string) => parsed.get(name)!.find((e) => attribute(e, 'id') === id);
const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('curric build (HTML)', () => {
  it('builds both shipped documents and exits 0', () => {
    expect(build.code).toBe(0);
    expect(build.stdout).toContain(`wrote ${pages.length + 1} files`);
  });

  it('has every evaluation objective with its anchor and text', () => {
    for (const { objective } of trainingPlan.evaluationObjectives) {
      const row = byId(handbooks[0]!, `obj-${objective.id}`);
      expect(row, objective.id).toBeDefined();
      expect(normalize(textOf(row!))).toContain(normalize(objective.text));
    }
  });

  it('has every competence dimension and work situation with its anchor', () => {
    for (const { dimension } of teachingPlan.dimensions) {
      const row = byId(handbooks[1]!, `cd-${dimension.id}`);
      expect(row, dimension.id).toBeDefined();
      for (const statement of dimension.statements) expect(normalize(textOf(row!))).toContain(normalize(statement.text));
    }
    for (const situation of teachingPlan.workSituations.values()) expect(byId(handbooks[1]!, `ws-${situation.id}`), situation.id).toBeDefined();
    const captions = parsed.get(handbooks[1]!)!.filter((e) => e.tagName === 'caption').map((c) => normalize(textOf(c)));
    expect(captions).toContain("Dimensions des compétences — Champ d'apprentissage 5.3");
  });

  it('links every cross-reference to an existing anchor, within and across pages', () => {
    for (const page of pages) {
      for (const a of parsed.get(page)!.filter((e) => e.tagName === 'a')) {
        const href = attribute(a, 'href')!;
        const [file, fragment] = href.includes('#') ? href.split('#') : [href, undefined];
        const target = file || page;
        expect(pages, `${page} → ${href}`).toContain(target);
        if (fragment !== undefined) expect(ids(target).has(fragment), `${page} → ${href}`).toBe(true);
      }
    }
  });

  it('links cross-references both ways', () => {
    expect(linksIn(byId(handbooks[0]!, 'ci-I')!)).toContain('#comp-2.2');
    expect(normalize(textOf(byId(handbooks[0]!, 'comp-2.2')!))).toContain('Cité par cours I, cours III');
    expect(linksIn(byId(handbooks[1]!, 'cd-5.1.1')!)).toEqual(expect.arrayContaining(['#ws-a.1', '#ws-a.2', '#ws-a.5', '#ws-a.6']));
    expect(linksIn(byId(handbooks[1]!, 'ws-a.5')!)).toEqual(expect.arrayContaining(['#lf-5.1', '#lf-5.2', '#lf-5.3', '#lf-5.4']));
  });

  it('shows the lesson totals the sources declare, which equal the computed sums', () => {
    const table = byId(handbooks[0]!, 'lessons')!;
    const rows = elementsIn(table).filter((e) => e.tagName === 'tr');
    const cells = (row: Element) => elementsIn(row).filter((e) => e.tagName === 'td').map((td) => Number(textOf(td) || 0));
    const domainRows = rows.filter((r) => attribute(r, 'class') === 'row').slice(0, 7);
    const subtotal = rows.find((r) => attribute(r, 'class') === 'subtotal')!;
    const sums = [0, 1, 2, 3].map((i) => domainRows.reduce((sum, r) => sum + cells(r)[i]!, 0));
    expect(cells(subtotal)).toEqual(sums);
    expect(cells(rows.find((r) => attribute(r, 'class') === 'total')!)).toEqual([1260, 540, 360, 360]);
    const overview = byId(handbooks[1]!, 'overview')!;
    const totalRow = elementsIn(overview).filter((e) => e.tagName === 'tr' && attribute(e, 'class') === 'total')[0]!;
    expect(elementsIn(totalRow).filter((e) => e.tagName === 'td').map((td) => textOf(td))).toEqual(['366', '100', '466', '']);
  });

  it('marks items added or changed by a revision with its date, and lists them under the revision', () => {
    expect(normalize(textOf(byId(handbooks[0]!, 'obj-3.2.2.4')!))).toContain('Ajouté le 20.08.2020');
    expect(normalize(textOf(byId(handbooks[0]!, 'obj-3.2.2.3')!))).toContain('Version du 20.08.2020');
    expect(linksIn(byId(handbooks[0]!, 'rev-2020')!)).toEqual(expect.arrayContaining(['#obj-3.2.2.4', '#obj-6.2.4', '#comp-6.2']));
  });

  it('is accessible in structure: lang, one h1, heading levels in order, header cells with scope and text', () => {
    for (const page of pages) {
      const all = parsed.get(page)!;
      expect(attribute(all.find((e) => e.tagName === 'html')!, 'lang'), page).toMatch(/^(fr|de|it|en)$/);
      const levels = all.filter((e) => /^h[1-6]$/.test(e.tagName)).map((e) => Number(e.tagName[1]));
      expect(levels.filter((l) => l === 1), page).toHaveLength(1);
      levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0), `${page}: heading ${i}`).toBeLessThanOrEqual(1));
      for (const th of all.filter((e) => e.tagName === 'th')) {
        expect(attribute(th, 'scope'), page).toMatch(/^(col|row|rowgroup)$/);
        expect(normalize(textOf(th)), `${page}: empty header cell`).not.toBe('');
      }
    }
  });

  it('is self-contained: no external script, stylesheet, font or image', () => {
    for (const page of pages) {
      const external = parsed.get(page)!.filter((e) => ['script', 'link', 'img', 'iframe'].includes(e.tagName));
      expect(external, page).toEqual([]);
      expect(read(page)).not.toMatch(/https?:\/\/[^"\s]*\.(css|js|woff2?|ttf)/);
    }
  });

  it('escapes source text: a <script> in YAML shows as text', async () => {
    const directory = materialize('training-plan');
    const file = join(directory, 'domains/domain-1.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('text: décrit son poste de travail.', 'text: "décrit <script>alert(1)</script> & <b>gras</b>"'));
    const target = temporaryDirectory();
    expect((await runCli(['build', '--html-only', '--out', target, '.'], { cwd: directory })).code).toBe(0);
    const html = readFileSync(join(target, 'fixture-training-plan.html'), 'utf8');
    expect(elements(html).filter((e) => e.tagName === 'script' || e.tagName === 'b')).toEqual([]);
    expect(normalize(textOf(elements(html).find((e) => attribute(e, 'id') === 'obj-1.1.1.1')!))).toContain('décrit <script>alert(1)</script> & <b>gras</b>');
  });

  it('writes extracts per learning place with exactly that place\'s objectives', () => {
    const count = (page: string) => parsed.get(page)!.filter((e) => e.tagName === 'tr' && elementsIn(e).some((c) => c.tagName === 'td')).length;
    expect([count('agent-relation-client-cfc.company.html'), count('agent-relation-client-cfc.ci.html'), count('agent-relation-client-cfc.school.html')]).toEqual([148, 58, 75]);
  });

  it('labels a German document in German and keeps its text as written', async () => {
    const directory = materialize('training-plan');
    const index = join(directory, 'curriculum.yaml');
    writeFileSync(index, readFileSync(index, 'utf8').replace('language: fr', 'language: de'));
    for (const name of ['domains/domain-1.yaml', 'domains/domain-2.yaml', 'annex.yaml']) {
      const file = join(directory, name);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/level: C/g, 'level: K'));
    }
    const target = temporaryDirectory();
    expect((await runCli(['build', '--html-only', '--out', target, '.'], { cwd: directory })).code).toBe(0);
    const html = elements(readFileSync(join(target, 'fixture-training-plan.html'), 'utf8'));
    expect(attribute(html.find((e) => e.tagName === 'html')!, 'lang')).toBe('de');
    expect(html.filter((e) => e.tagName === 'h2').map((h) => normalize(textOf(h)))).toContain('Handlungskompetenzbereich 1. Planifier le travail');
    expect(html.filter((e) => e.tagName === 'th').map((h) => normalize(textOf(h)))).toEqual(expect.arrayContaining(['Betrieb', 'üK', 'Schule', 'Taxonomiestufe']));
    // the index and the report speak the language of the documents too
    const site = elements(readFileSync(join(target, 'index.html'), 'utf8'));
    expect(attribute(site.find((e) => e.tagName === 'html')!, 'lang')).toBe('de');
    expect(normalize(textOf(site.find((e) => e.tagName === 'h1')!))).toBe('Handbücher');
    expect(site.filter((e) => e.tagName === 'td').map((c) => normalize(textOf(c)))).toEqual(expect.arrayContaining(['Bildungsplan', '0 Fehler, 0 Warnungen']));
    const report = elements(readFileSync(join(target, 'report.html'), 'utf8'));
    expect(normalize(textOf(report.find((e) => e.tagName === 'h1')!))).toBe('Konsistenzbericht');
    expect(report.filter((e) => e.tagName === 'th').map((h) => normalize(textOf(h)))).toEqual(expect.arrayContaining(['Leistungsziele — üK', 'Angegeben', 'Berechnet']));
  });

  it('refuses to emit a document with errors and exits 1', async () => {
    const directory = materialize('teaching-plan');
    const file = join(directory, 'overview.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('total: 16\n  - id: "2"', 'total: 15\n  - id: "2"'));
    const target = temporaryDirectory();
    const run = await runCli(['build', '--html-only', '--out', target, '.'], { cwd: directory });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('not built: fixture-teaching-plan has errors');
    expect(() => readFileSync(join(target, 'fixture-teaching-plan.html'))).toThrow();
  });
});

describe('consistency report', () => {
  it('is written, like the index, in the language of the shipped documents (French)', () => {
    for (const page of ['index.html', 'report.html']) expect(attribute(parsed.get(page)!.find((e) => e.tagName === 'html')!, 'lang'), page).toBe('fr');
    expect(normalize(textOf(parsed.get('index.html')!.find((e) => e.tagName === 'h1')!))).toBe('Manuels');
    const rows = parsed.get('report.html')!.filter((e) => e.tagName === 'tr').map((row) => elementsIn(row).filter((c) => c.tagName === 'th' || c.tagName === 'td').map((c) => normalize(textOf(c))).join(' '));
    expect(rows).toContain('objectifs évaluateurs — CI 58');
    expect(rows).toContain("Tableau des leçons : Culture générale (par année) 360 360 concorde");
    expect(rows).toContain('module 5 : leçons en présentiel 72 72 concorde');
  });

  it('writes report.json with counts, arithmetic and findings per document', () => {
    const report = JSON.parse(read('report.json'));
    const training = report.documents.find((d: { id: string }) => d.id === 'agent-relation-client-cfc');
    expect(training.counts).toEqual(expect.arrayContaining([{ label: 'evaluation objectives', value: 281 }, { label: 'evaluation objectives at CI', value: 58 }]));
    expect(training.arithmetic.every((a: { ok: boolean }) => a.ok)).toBe(true);
    expect(training.findings.length).toBe(training.warnings);
    expect(training.findings[0]).toEqual(expect.objectContaining({ ruleId: expect.any(String), file: expect.any(String), line: expect.any(Number) }));
  });

  it('prints Markdown for pull-request comments with --format md', async () => {
    const run = await runCli(['build', '--html-only', '--format', 'md', '--out', temporaryDirectory(), 'curricula'], { cwd: repositoryDirectory });
    expect(run.stdout).toMatch(/^# curric consistency report\n/);
    expect(run.stdout).toContain('Arithmetic: 16 of 16 totals agree.');
    expect(run.stdout).toContain('Arithmetic: 38 of 38 totals agree.');
  });
});

function elementsIn(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (node: Element) => {
    for (const child of node.childNodes) {
      if ('tagName' in child) {
        found.push(child);
        visit(child);
      }
    }
  };
  visit(root);
  return found;
}

function linksIn(root: Element): string[] {
  return elementsIn(root).filter((e) => e.tagName === 'a').map((a) => attribute(a, 'href')!);
}
