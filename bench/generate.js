#!/usr/bin/env node
// Synthetic corpus generator for the curric benchmark.
//
//   node bench/generate.js --size N --seed S --out bench/corpus/N
//
// Writes N documents (document i is a teaching plan when i % 4 === 3, a training plan otherwise), each in its own
// folder named after its id, laid out like the shipped sources under curricula/: an index `curriculum.yaml` with a
// top-level `kind`, and part files pulled in with `- include: relative/path.yaml` (domains/domain-k.yaml for a
// training plan; module-m/module.yaml, module-m/learning-field-m.k.yaml and module-m/work-situations.yaml for a
// teaching plan). All prose is recombined from real sentences of the shipped curricula, chosen by a seeded
// PRNG (mulberry32): the same seed gives byte-identical files, and document i does not depend on N.
//
// Validity is built in rather than checked afterwards: ids are produced from their parent's id, every sum is
// computed from its parts, every reference (CI citation, interdisciplinary name, qualification domain,
// prerequisite, work situation, performance criterion, revision) is drawn from what the document already holds.
// See bench/README.md.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { load } from 'js-yaml';
import { stringify } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '..');

/** Bumped by hand when the output format changes in a way the source hash would not show. */
const FORMAT = 1;
/** Name of the manifest written into a generated corpus (a dot file: curric does not look at it). */
export const MANIFEST = '.bench-corpus.json';

// ---------------------------------------------------------------------------------------------------------------
// Seeded randomness

/** @param {number} a */
function mulberry32(a) {
  return function next() {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 32-bit FNV-1a of a string: turns "seed:index" into a PRNG seed. @param {string} text */
function hash32(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

class Rng {
  /** @param {string} key */
  constructor(key) {
    this.next = mulberry32(hash32(key));
  }
  /** Integer in [lo, hi]. @param {number} lo @param {number} hi */
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  /** @param {number} p */
  chance(p) {
    return this.next() < p;
  }
  /** @template T @param {readonly T[]} items @returns {T} */
  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }
  /** @template T @param {readonly T[]} items @returns {T[]} */
  shuffle(items) {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }
  /** k distinct items (fewer if there are fewer). @template T @param {readonly T[]} items @param {number} k @returns {T[]} */
  sample(items, k) {
    return this.shuffle(items).slice(0, k);
  }
  /** @template T @param {readonly [T, number][]} weighted @returns {T} */
  weighted(weighted) {
    const total = weighted.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [value, w] of weighted) {
      r -= w;
      if (r < 0) return value;
    }
    return weighted[weighted.length - 1][0];
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The shipped sources, as text pools

/** Loads a YAML file and replaces every `{ include: path }` mapping by the included file's content. @param {string} file */
function loadResolved(file) {
  /** @param {unknown} value @param {string} base @returns {unknown} */
  const expand = (value, base) => {
    if (Array.isArray(value)) return value.map((v) => expand(v, base));
    if (value && typeof value === 'object' && !(value instanceof Date)) {
      const keys = Object.keys(value);
      if (keys.length === 1 && keys[0] === 'include') {
        const path = resolve(base, /** @type {any} */ (value).include);
        return expand(load(readFileSync(path, 'utf8')), dirname(path));
      }
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expand(v, base)]));
    }
    return value;
  };
  return /** @type {any} */ (expand(load(readFileSync(file, 'utf8')), dirname(file)));
}

/** @param {string[]} list */
const uniq = (list) => [...new Set(list.filter((s) => typeof s === 'string' && s.trim() !== ''))];

/** Sentences of a paragraph (split after . ! ? followed by a space and a capital). @param {string} text */
const sentences = (text) => text.split(/(?<=[.!?])\s+(?=[A-ZÀ-Ý«])/u).filter((s) => s.length > 0);

/**
 * Text pools from the shipped curricula. Every string keeps the profession names of its source; `personalize`
 * swaps them for the generated document's profession.
 * @param {string} curriculaDir
 */
export function loadPools(curriculaDir = join(repoRoot, 'curricula')) {
  /** @type {any[]} */ const training = [];
  /** @type {any[]} */ const teaching = [];
  for (const entry of readdirSync(curriculaDir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const index = join(curriculaDir, entry.name, 'curriculum.yaml');
    if (!entry.isDirectory() || !existsSync(index)) continue;
    const doc = loadResolved(index);
    if (doc.kind === 'training-plan') training.push(doc);
    else if (doc.kind === 'teaching-plan') teaching.push(doc);
  }
  if (training.length === 0 || teaching.length === 0) throw new Error(`${curriculaDir} must hold at least one training plan and one teaching plan`);

  const tp = training;
  const domains = tp.flatMap((d) => d.domains);
  const competences = domains.flatMap((d) => d.competences);
  const particulars = competences.flatMap((c) => c.objectives);
  const evaluations = particulars.flatMap((p) => p.evaluation);
  const courses = tp.flatMap((d) => d.interCompanyCourses.courses);
  const areas = tp.flatMap((d) => d.qualification.areas);
  const revisions = tp.flatMap((d) => d.revisions);

  const te = teaching;
  const details = te.flatMap((d) => d.details ?? []);
  const fields = details.flatMap((d) => d.learningFields);
  const dimensions = fields.flatMap((f) => f.dimensions);
  const situations = details.flatMap((d) => d.workSituations ?? []);
  const criteria = (/** @type {string} */ group) => uniq(situations.flatMap((s) => s.criteria[group].map((c) => c.text)));

  return {
    training: {
      introduction: uniq(tp.flatMap((d) => d.introduction)),
      profile: uniq(tp.flatMap((d) => d.profile).filter((p) => p.length > 60 && !/:\s*$/.test(p) && !/^\d+\./.test(p))),
      domainTitles: uniq(domains.map((d) => d.title)),
      competenceTitles: uniq(competences.map((c) => c.title)),
      generalObjectives: uniq(competences.map((c) => c.generalObjective.text)),
      particulars: uniq(particulars.map((p) => p.text)),
      /** @type {{ text: string, level: string }[]} */
      evaluations: evaluations.map((e) => ({ text: e.text, level: e.level })),
      purpose: uniq(tp.flatMap((d) => d.interCompanyCourses.purpose)),
      responsibleBody: uniq(tp.map((d) => d.interCompanyCourses.responsibleBody.text)),
      otherBodies: uniq(tp.flatMap((d) => d.interCompanyCourses.otherBodies)),
      courseNotes: uniq(tp.flatMap((d) => (d.interCompanyCourses.notes ?? []).map((n) => n.text))),
      periods: uniq(courses.map((c) => c.period)),
      themes: uniq(courses.map((c) => c.themes)),
      focus: uniq(courses.flatMap((c) => c.program.blocks.flatMap((b) => b.focus.map((f) => f.text)))),
      qualificationOrganisation: uniq(tp.flatMap((d) => d.qualification.organisation)),
      qualificationEvaluation: uniq(tp.flatMap((d) => d.qualification.evaluation)),
      areaText: uniq(areas.flatMap((a) => a.text ?? []).filter((t) => t.length > 60)),
      revisionText: uniq(revisions.flatMap((r) => r.text ?? [])),
      changeText: uniq(revisions.flatMap((r) => (r.changes ?? []).map((c) => c.text)).filter((t) => t.length < 400)),
      approvals: tp.flatMap((d) => [...d.approvals, ...d.revisions.flatMap((r) => r.approvals ?? [])]),
      annexIntroduction: uniq(tp.flatMap((d) => d.annex.introduction ?? [])),
      annexDocuments: tp.flatMap((d) => d.annex.documents.rows),
      annexDocumentsTitle: tp[0].annex.documents.title,
      taxonomyLevels: tp[0].annex.taxonomyLevels,
      catalogue: tp[0].annex.interdisciplinaryCompetences,
      methodology: uniq(tp.flatMap((d) => d.annex.methodology ?? [])),
      lessonTables: tp.flatMap((d) => d.lessonTables ?? []),
    },
    teaching: {
      contents: uniq(te.flatMap((d) => d.contents ?? [])),
      relatedDocuments: uniq(te.flatMap((d) => d.relatedDocuments ?? [])),
      overviewNote: uniq(te.map((d) => d.overview.note)),
      moduleTitles: uniq([...details.map((d) => d.title), ...details.flatMap((d) => (d.prerequisites ?? []).map((p) => p.title))]),
      fieldTitles: uniq([...fields.map((f) => f.title), ...situations.map((s) => s.title)]),
      framework: details.flatMap((d) => d.framework ?? []),
      methods: fields.flatMap((f) => f.methods ?? []),
      situationTitles: uniq(situations.map((s) => s.title)),
      descriptions: uniq(situations.flatMap((s) => s.description)),
      criteria: { potential: criteria('potential'), knowledge: criteria('knowledge'), attitudes: criteria('attitudes'), metacognition: criteria('metacognition') },
      contentsLines: uniq(dimensions.flatMap((d) => d.contents ?? [])),
      remarks: uniq(dimensions.flatMap((d) => d.remarks ?? [])),
      // prose only: not the lines that name the shipped module, its learning fields or its hours
      frameworkParagraphs: uniq(details.flatMap((d) => (d.framework ?? []).flatMap((f) => f.paragraphs))).filter(
        (p) => p.length > 80 && !/Champ d'apprentissage|leçons d'apprentissage|Module \d|«/.test(p),
      ),
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Text recombination

/** Joins the head of one real text with the tail of another, at a sentence or clause boundary. */
class Writer {
  /** @param {Rng} rng @param {Profession} profession */
  constructor(rng, profession) {
    this.rng = rng;
    this.profession = profession;
  }

  /** A real text from the pool, often recombined with a second one. @param {readonly string[]} pool */
  text(pool, recombine = 0.6) {
    const a = this.rng.pick(pool);
    if (!this.rng.chance(recombine)) return this.personalize(a);
    const b = this.rng.pick(pool);
    return this.personalize(blend(a, b, this.rng));
  }

  /** n paragraphs. @param {readonly string[]} pool @param {number} lo @param {number} hi */
  paragraphs(pool, lo, hi) {
    const n = this.rng.int(lo, hi);
    const bases = this.rng.shuffle(pool);
    return Array.from({ length: n }, (_, i) => {
      const a = bases[i % bases.length];
      return this.personalize(this.rng.chance(0.5) ? blend(a, this.rng.pick(pool), this.rng) : a);
    });
  }

  /** @param {string} text */
  personalize(text) {
    const p = this.profession;
    return text
      .replace(/\b([Ll])'agent relation client\b/g, (_, l) => (l === 'L' ? capitalize(p.the) : p.the))
      .replace(/\bd'agent relation client\b/g, p.of)
      .replace(/\bagents relation client\b/g, p.plural)
      .replace(/\bagent relation client\b/g, p.singular)
      .replace(/\bconseillers de service automobile\b/g, p.plural)
      .replace(/\bconseiller de service automobile\b/g, p.singular);
  }
}

/**
 * Positions of ", " outside parentheses and quotes, between `from` and `to` (fractions of the length).
 * @param {string} text @param {number} from @param {number} to
 */
function clauseBreaks(text, from, to) {
  const breaks = [];
  let depth = 0;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text[i];
    if (c === '(' || c === '«') depth++;
    else if ((c === ')' || c === '»') && depth > 0) depth--;
    else if (c === ',' && text[i + 1] === ' ' && depth === 0 && i >= text.length * from && i <= text.length * to) breaks.push(i);
  }
  return breaks;
}

/**
 * Head of `a` + tail of `b`: whole sentences when both have several, else clauses cut at a comma that is not
 * inside parentheses and leaves a real clause on both sides; `a` unchanged when neither works.
 * @param {string} a @param {string} b @param {Rng} rng
 */
function blend(a, b, rng) {
  const sa = sentences(a);
  const sb = sentences(b);
  if (sa.length > 1 && sb.length > 1) {
    const head = sa.slice(0, rng.int(1, sa.length - 1));
    const tail = sb.slice(rng.int(1, sb.length - 1));
    return [...head, ...tail].join(' ');
  }
  const ba = clauseBreaks(a, 0.3, 0.85).filter((i) => i >= 30);
  const bb = clauseBreaks(b, 0.15, 0.7).filter((i) => b.length - i >= 30);
  if (ba.length > 0 && bb.length > 0) return `${a.slice(0, rng.pick(ba))}, ${b.slice(rng.pick(bb) + 2)}`;
  return a;
}

/** @param {string} s */
const capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** @param {string} s */
const slug = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

// ---------------------------------------------------------------------------------------------------------------
// Professions, places, organisations

/**
 * @typedef {{ feminine: string, singular: string, plural: string, the: string, of: string }} Profession
 */

/** [feminine, masculine, masculine plural] */
const PROFESSIONS = [
  ['Employée de commerce', 'employé de commerce', 'employés de commerce'],
  ['Logisticienne', 'logisticien', 'logisticiens'],
  ['Gestionnaire du commerce de détail', 'gestionnaire du commerce de détail', 'gestionnaires du commerce de détail'],
  ['Assistante socio-éducative', 'assistant socio-éducatif', 'assistants socio-éducatifs'],
  ['Médiamaticienne', 'médiamaticien', 'médiamaticiens'],
  ['Assistante en pharmacie', 'assistant en pharmacie', 'assistants en pharmacie'],
  ["Agente d'exploitation", "agent d'exploitation", "agents d'exploitation"],
  ['Opératrice de médias imprimés', 'opérateur de médias imprimés', 'opérateurs de médias imprimés'],
  ['Employée en intendance', 'employé en intendance', 'employés en intendance'],
  ['Agente de transports publics', 'agent de transports publics', 'agents de transports publics'],
  ['Libraire', 'libraire', 'libraires'],
  ['Fleuriste', 'fleuriste', 'fleuristes'],
  ['Horticultrice', 'horticulteur', 'horticulteurs'],
  ['Assistante de bureau', 'assistant de bureau', 'assistants de bureau'],
  ["Gardienne d'animaux", "gardien d'animaux", "gardiens d'animaux"],
  ['Opticienne', 'opticien', 'opticiens'],
  ['Conseillère en vente automobile', 'conseiller en vente automobile', 'conseillers en vente automobile'],
  ['Spécialiste en restauration', 'spécialiste en restauration', 'spécialistes en restauration'],
  ['Agente en information documentaire', 'agent en information documentaire', 'agents en information documentaire'],
  ['Employée de remontées mécaniques', 'employé de remontées mécaniques', 'employés de remontées mécaniques'],
  ['Dessinatrice en microtechnique', 'dessinateur en microtechnique', 'dessinateurs en microtechnique'],
  ['Technologue en impression', 'technologue en impression', 'technologues en impression'],
  ['Conseillère en relation client', 'conseiller en relation client', 'conseillers en relation client'],
  ['Agente de voyages', 'agent de voyages', 'agents de voyages'],
];

/** @param {string[]} entry @returns {Profession} */
function profession([feminine, singular, plural]) {
  const vowel = /^[aeiouyhéèêâîôû]/i.test(singular);
  return { feminine, singular, plural, the: vowel ? `l'${singular}` : `le ${singular}`, of: vowel ? `d'${singular}` : `de ${singular}` };
}

const ORGANISATIONS = ['AURIS', 'CIFC Suisse', 'Commerce Suisse', 'SAVOIRSOCIAL', 'Viscom', 'Formation du commerce de détail Suisse', 'ASFL SVBL', 'Hotel & Gastro formation', 'JardinSuisse', 'UPSA', 'ICT-Formation professionnelle', 'Swissmem'];
const PLACES = ['Berne', 'Lausanne', 'Zurich', 'Olten', 'Lucerne', 'Fribourg', 'Neuchâtel', 'Sion', 'Wallisellen', 'Adligenswil'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V'];
/** Module titles beyond the shipped ones, so that a plan of 7 modules rarely repeats one. */
const MODULE_TITLES = ['Services après-vente et coordination', 'Organisation et processus', 'Gestion de la qualité', 'Conduite et collaboration', 'Droit et sécurité', 'Conseil et vente', 'Gestion financière'];
const ORDINAL = ['première', 'deuxième', 'troisième', 'quatrième'];

/** @param {number} year @param {Rng} rng */
const isoDate = (year, rng) => `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;

// ---------------------------------------------------------------------------------------------------------------
// Training plans

/**
 * A training plan with about 300 evaluation objectives, as { files: Map<relativePath, value>, id }.
 * @param {ReturnType<typeof loadPools>['training']} pool @param {Rng} rng @param {number} index
 */
function trainingPlan(pool, rng, index) {
  const prof = profession(rng.pick(PROFESSIONS));
  const w = new Writer(rng, prof);
  const id = `${slug(prof.singular)}-cfc-${String(index).padStart(4, '0')}`;
  const organisation = rng.pick(ORGANISATIONS);
  const year = rng.int(2005, 2019);

  // Revisions first: items name them. rev-<year>, years strictly increasing.
  const revisionYears = [year];
  const revisionCount = rng.int(2, 4);
  while (revisionYears.length < revisionCount) revisionYears.push(revisionYears[revisionYears.length - 1] + rng.int(1, 3));
  const revisionIds = revisionYears.map((y) => `rev-${y}`);
  const laterRevisions = revisionIds.slice(1);
  const revisionDates = revisionYears.map((y, i) => (i === 0 ? `${y}-07-01` : isoDate(y, rng)));
  const date = revisionDates[0];
  const stateDate = revisionDates[revisionDates.length - 1];
  /**
   * Sometimes marks a node as added or changed by a later revision.
   * @template {Record<string, unknown>} T @param {T} node @param {number} p @returns {T}
   */
  const amend = (node, p) => {
    if (rng.chance(p)) /** @type {Record<string, unknown>} */ (node)[rng.chance(0.5) ? 'added' : 'changed'] = rng.pick(laterRevisions);
    return node;
  };

  // Shape: ~300 evaluation objectives in particular objectives of 1–4, competences of 2–5 particular objectives,
  // 6–8 domains.
  const target = rng.int(285, 315);
  const evalCounts = [];
  for (let left = target; left > 0; ) {
    const n = Math.min(left, rng.pick([1, 1, 2, 2, 2, 3, 3, 4]));
    evalCounts.push(n);
    left -= n;
  }
  /** @type {number[][]} */ const competenceShapes = [];
  for (let i = 0; i < evalCounts.length; ) {
    const n = Math.min(evalCounts.length - i, rng.int(2, 5));
    competenceShapes.push(evalCounts.slice(i, i + n));
    i += n;
  }
  const domainCount = rng.int(6, 8);
  /** @type {number[][][]} */ const domainShapes = [];
  for (let d = 0, i = 0; d < domainCount; d++) {
    const left = competenceShapes.length - i;
    const even = left / (domainCount - d);
    const n = d === domainCount - 1 ? left : Math.max(2, Math.min(left - 2 * (domainCount - d - 1), Math.round(even + rng.int(-2, 2))));
    domainShapes.push(competenceShapes.slice(i, i + n));
    i += n;
  }

  const domainTitles = rng.shuffle(pool.domainTitles);
  const extraTitles = rng.shuffle(pool.competenceTitles);
  const competenceTitles = rng.shuffle(pool.competenceTitles);
  const catalogue = pool.catalogue;
  const byGroup = (/** @type {string} */ g) => catalogue.filter((c) => c.group === g).map((c) => c.title);
  const methodological = byGroup('methodological');
  const social = byGroup('social');

  /** @type {any[]} */ const domains = [];
  let competenceCount = 0;
  domainShapes.forEach((competencesShape, d) => {
    const domainId = String(d + 1);
    const domain = {
      id: domainId,
      title: d < domainTitles.length ? domainTitles[d] : extraTitles[d % extraTitles.length],
      competences: competencesShape.map((particularShape, c) => {
        const competenceId = `${domainId}.${c + 1}`;
        const competence = {
          id: competenceId,
          title: competenceTitles[competenceCount++ % competenceTitles.length],
          generalObjective: amend({ text: w.text(pool.generalObjectives) }, 0.04),
          interdisciplinary: {
            methodological: rng.sample(methodological, rng.int(0, 2)),
            social: rng.sample(social, rng.int(0, 2)),
            personal: rng.sample(social, rng.int(0, 1)),
          },
          objectives: particularShape.map((evalCount, p) => {
            const particularId = `${competenceId}.${p + 1}`;
            return {
              id: particularId,
              text: w.text(pool.particulars),
              evaluation: Array.from({ length: evalCount }, (_, e) => {
                const source = rng.pick(pool.evaluations);
                const other = rng.pick(pool.evaluations);
                return amend(
                  {
                    id: `${particularId}.${e + 1}`,
                    text: rng.chance(0.6) ? w.personalize(blend(source.text, other.text, rng)) : w.personalize(source.text),
                    level: source.level.replace(/^K/, 'C'),
                    places: [rng.weighted([['company', 45], ['school', 35], ['ci', 20]])],
                  },
                  0.02,
                );
              }),
            };
          }),
        };
        return amend(competence, 0.03);
      }),
    };
    domains.push(domain);
  });

  // Lesson table: one row per domain, in multiples of 20 over three years; sums computed.
  const yearRow = () => {
    const perYear = [rng.pick([20, 40, 60, 80]), rng.pick([0, 20, 40]), rng.pick([0, 20, 40])];
    return { perYear, total: perYear.reduce((a, b) => a + b, 0) };
  };
  const sum = (/** @type {{ total: number, perYear: number[] }[]} */ rows) => ({
    total: rows.reduce((s, r) => s + r.total, 0),
    perYear: [0, 1, 2].map((y) => rows.reduce((s, r) => s + r.perYear[y], 0)),
  });
  const markedDomains = new Set(rng.sample(domains.map((d) => d.id), rng.int(2, 4)));
  const domainRows = domains.map((domain) => {
    const { perYear, total } = yearRow();
    return { domain: domain.id, title: domain.title, total, perYear, ...(markedDomains.has(domain.id) ? { mark: '*' } : {}) };
  });
  const otherRows = [
    { title: 'Culture générale', total: 360, perYear: [120, 120, 120] },
    { title: 'Gymnastique et sport', total: 140, perYear: [60, 40, 40] },
  ];
  const subtotal = { title: 'Connaissances professionnelles', ...sum(domainRows) };
  const markedTotal = domainRows.filter((r) => r.mark).reduce((s, r) => s + r.total, 0);
  const shareLessons = Math.max(20, Math.floor((markedTotal * rng.int(3, 6)) / 10 / 20) * 20);
  const shipped = pool.lessonTables[0];
  const lessonTables = [
    {
      id: 'lessons',
      title: shipped.title,
      rowHeading: shipped.rowHeading,
      totalHeading: shipped.totalHeading,
      yearHeadings: shipped.yearHeadings,
      sections: [{ rows: domainRows, subtotal }, { rows: otherRows }],
      total: { title: 'Total', ...sum([subtotal, ...otherRows]) },
      notes: [
        {
          mark: '*',
          text: `Les objectifs évaluateurs pour la deuxième langue nationale ou l'anglais sont intégrés dans les domaines marqués. Pour atteindre ces objectifs évaluateurs (le niveau B2 est visé pour la langue étrangère), il faut prévoir ${shareLessons} des ${markedTotal} leçons. Le choix pour la langue étrangère est déterminé par l'office cantonal après consultation avec l'OrTra régionale.`,
          share: { lessons: shareLessons, of: markedTotal },
        },
      ],
    },
    ...pool.lessonTables.slice(1).map((t) => structuredClone(t)),
  ];

  // CI courses cite exactly the competences that have an evaluation objective at the CI, under their own titles.
  const ciCompetences = domains.flatMap((d) => d.competences).filter((c) => c.objectives.some((p) => p.evaluation.some((e) => e.places[0] === 'ci')));
  const courseCount = Math.min(3, ciCompetences.length);
  const courses = Array.from({ length: courseCount }, (_, k) => {
    const share = ciCompetences.filter((_, i) => i % courseCount === k);
    const blockCount = Math.min(share.length, rng.int(1, 3));
    const blocks = [];
    for (let b = 0, start = 0; b < blockCount; b++) {
      const size = b === blockCount - 1 ? share.length - start : Math.max(1, Math.floor(share.length / blockCount));
      blocks.push({
        contents: share.slice(start, start + size).map((c) => ({ ref: c.id, title: c.title })),
        focus: rng.sample(pool.focus, rng.int(1, 3)).map((text) => amend({ text }, 0.1)),
      });
      start += size;
    }
    const days = rng.pick([4, 5, 6, 8, 10]);
    const hoursPerDay = 8;
    return amend(
      {
        id: `ci-${ROMAN[k]}`,
        title: `cours ${ROMAN[k]}`,
        period: k < 3 ? `au cours de la ${ORDINAL[k]} année d'apprentissage` : rng.pick(pool.periods),
        days,
        hoursPerDay,
        hours: days * hoursPerDay,
        themes: w.text(pool.themes),
        program: { days, blocks },
      },
      0.2,
    );
  });

  // Qualification: weights of the written positions and the oral one add up to 100.
  const perDomain = Math.floor(70 / domains.length);
  const qualification = {
    organisation: w.paragraphs(pool.qualificationOrganisation, 2, 3),
    areas: [
      amend(
        {
          id: 'qa-1',
          title: 'Connaissances professionnelles',
          text: w.paragraphs(pool.areaText, 2, 3),
          durations: [
            { form: 'written', hours: rng.pick([2, 2.25, 2.5, 3]) },
            { form: 'oral', hours: rng.pick([0.5, 0.75, 1]) },
          ],
          positions: [
            ...domains.map((d, i) => ({ id: `qa-1.${i + 1}`, title: d.title, domain: d.id, form: 'written', weight: perDomain })),
            { id: `qa-1.${domains.length + 1}`, title: 'Entretien basé sur les domaines de compétences opérationnelles', form: 'oral', weight: 100 - perDomain * domains.length },
          ],
        },
        0.3,
      ),
      {
        id: 'qa-2',
        title: 'Le travail pratique',
        text: w.paragraphs(pool.areaText, 1, 3),
        durations: [{ form: 'practical', hours: 4, maxHours: rng.pick([6, 8]) }],
        positions: domains.map((d, i) => ({ id: `qa-2.${i + 1}`, title: `la compétence opérationnelle « ${d.title.toLowerCase()} »`, domain: d.id })),
      },
      {
        id: 'qa-3',
        title: 'Culture générale',
        text: [
          "L'examen final dans le domaine de qualification « culture générale » est régi par l'ordonnance du SEFRI concernant les conditions minimales relatives à la culture générale dans la formation professionnelle initiale.",
        ],
      },
    ],
    evaluation: w.paragraphs(pool.qualificationEvaluation, 1, 1),
  };

  const approvals = (/** @type {string} */ at) =>
    rng.sample(pool.approvals, 2).map((a) => ({ ...structuredClone(a), date: at, ...(a.text ? { text: w.personalize(a.text) } : {}) }));

  // Changes of a revision name items the document has.
  const evaluationIds = domains.flatMap((d) => d.competences.flatMap((c) => c.objectives.flatMap((p) => p.evaluation.map((e) => e.id))));
  const competenceIds = domains.flatMap((d) => d.competences.map((c) => c.id));
  const revisions = revisionIds.map((revId, r) => {
    const revision = {
      id: revId,
      date: revisionDates[r],
      ...(r > 0 ? { inForce: `${revisionYears[r] + 1}-01-01` } : {}),
      title: r === 0 ? `Plan de formation du ${revisionDates[r]}` : 'Modification du plan de formation',
      ...(r > 0 ? { text: w.paragraphs(pool.revisionText, 1, 3) } : {}),
      changes:
        r === 0
          ? []
          : Array.from({ length: rng.int(2, 6) }, () => ({
              location: `Page ${rng.int(4, 90)}`,
              items: rng.chance(0.7) ? rng.sample(evaluationIds, rng.int(1, 3)) : rng.sample([...competenceIds, 'qa-1', 'annex-documents', 'ci-I'].filter((x) => x !== 'ci-I' || courses.length > 0), 1),
              text: w.text(pool.changeText),
            })),
      approvals: r === 0 ? [] : approvals(revisionDates[r]),
    };
    return revision;
  });

  const indexValue = {
    kind: 'training-plan',
    id,
    language: 'fr',
    title: 'Plan de formation',
    profession: `${prof.feminine}/${prof.singular}`,
    organisation,
    date,
    stateDate,
    footnote: 'Pour faciliter la lecture du document, le masculin est utilisé pour désigner les deux sexes',
    introduction: w.paragraphs(pool.introduction, 2, 4),
    profile: [
      ...w.paragraphs(pool.profile, 5, 9),
      `Les compétences professionnelles des ${prof.plural} sont réparties entre ${domains.length} domaines de compétences opérationnelles :`,
      ...domains.map((d) => `${d.id}. ${d.title}`),
    ],
    evaluationStem: `${capitalize(prof.the)} ...`,
    domains: domains.map((d) => ({ include: `domains/domain-${d.id}.yaml` })),
    lessonTables,
    interCompanyCourses: {
      purpose: w.paragraphs(pool.purpose, 1, 2),
      responsibleBody: amend({ text: `L'organe responsable des cours est l'association ${organisation}.` }, 0.5),
      otherBodies: pool.otherBodies,
      courses,
      notes: rng.sample(pool.courseNotes, 1).map((text) => amend({ text }, 0.5)),
    },
    qualification,
    approvals: approvals(date),
    revisions,
    annex: {
      introduction: pool.annexIntroduction,
      documents: amend(
        {
          id: 'annex-documents',
          title: pool.annexDocumentsTitle,
          rows: rng.sample(pool.annexDocuments, rng.int(8, pool.annexDocuments.length)).map((row) => ({ ...row, title: w.personalize(row.title) })),
        },
        0.5,
      ),
      taxonomyLevels: pool.taxonomyLevels,
      interdisciplinaryCompetences: catalogue.map((c) => ({ ...c, description: w.personalize(c.description) })),
      methodology: w.paragraphs(pool.methodology, 6, 12),
    },
  };

  const header = (/** @type {string} */ what) => `# Synthetic plan de formation « ${prof.feminine}/${prof.singular} » (${organisation}), generated by bench/generate.js: ${what}.\n`;
  /** @type {Map<string, { header: string, value: unknown }>} */
  const files = new Map();
  files.set('curriculum.yaml', {
    header: header(`index file; the competence domains are in domains/domain-1.yaml … domain-${domains.length}.yaml`),
    value: indexValue,
  });
  for (const domain of domains) {
    files.set(`domains/domain-${domain.id}.yaml`, { header: header(`domaine de compétences opérationnelles ${domain.id} « ${domain.title} »`), value: domain });
  }
  return { id, kind: 'training-plan', files, evaluationObjectives: evaluationIds.length };
}

// ---------------------------------------------------------------------------------------------------------------
// Teaching plans

/**
 * A teaching plan with 4–7 modules, every module detailed in its own folder.
 * @param {ReturnType<typeof loadPools>['teaching']} pool @param {Rng} rng @param {number} index
 */
function teachingPlan(pool, rng, index) {
  const prof = profession(rng.pick(PROFESSIONS));
  const w = new Writer(rng, prof);
  const id = `${slug(prof.singular)}-bf-${String(index).padStart(4, '0')}`;
  const year = rng.int(2012, 2022);
  const date = isoDate(year, rng);
  const lessonsPerDay = 8;

  const revisionIds = rng.chance(0.6) ? [`rev-${year + 1}`, ...(rng.chance(0.5) ? [`rev-${year + 2}`] : [])] : [];
  /** @template {Record<string, unknown>} T @param {T} node @param {number} p @returns {T} */
  const amend = (node, p) => {
    if (revisionIds.length > 0 && rng.chance(p)) /** @type {Record<string, unknown>} */ (node)[rng.chance(0.5) ? 'added' : 'changed'] = rng.pick(revisionIds);
    return node;
  };

  // Overview: 4–7 modules, basic ones first, the networking module last; totals computed from the rows.
  const moduleCount = rng.int(4, 7);
  const basic = rng.int(1, 2);
  const moduleTitles = rng.shuffle([...pool.moduleTitles, ...MODULE_TITLES]);
  const fieldTitles = rng.shuffle(pool.fieldTitles);
  let fieldTitleIndex = 0;
  const modules = Array.from({ length: moduleCount }, (_, m) => {
    const moduleId = String(m + 1);
    const type = m < basic ? 'basic' : m === moduleCount - 1 ? 'networking' : 'main';
    const learningFields = Array.from({ length: rng.int(2, 5) }, (_, f) => {
      const presence = rng.pick([4, 8, 10, 12, 16, 18, 24, 32]);
      const selfStudy = rng.pick([2, 3, 4, 5, 8, 10]);
      return { id: `${moduleId}.${f + 1}`, title: fieldTitles[fieldTitleIndex++ % fieldTitles.length], lessons: { presence, selfStudy, total: presence + selfStudy } };
    });
    return {
      id: moduleId,
      type,
      title: type === 'networking' ? 'Module de mise en réseau' : moduleTitles[m % moduleTitles.length],
      learningFields,
      total: learningFields.reduce((s, f) => s + f.lessons.total, 0),
    };
  });
  const allFields = modules.flatMap((m) => m.learningFields);
  const total = {
    presence: allFields.reduce((s, f) => s + f.lessons.presence, 0),
    selfStudy: allFields.reduce((s, f) => s + f.lessons.selfStudy, 0),
    total: allFields.reduce((s, f) => s + f.lessons.total, 0),
  };

  // Details: every module, with its work situations a.<n> numbered through the document.
  let situationNumber = 0;
  /** @type {Map<string, { header: string, value: unknown }>} */
  const files = new Map();
  const header = (/** @type {string} */ what) => `# Synthetic plan d'enseignement « ${prof.feminine}/${prof.singular} avec brevet fédéral », generated by bench/generate.js: ${what}.\n`;
  const dimensionIds = [];
  const situationIds = [];
  const details = modules.map((module, m) => {
    const situations = Array.from({ length: rng.int(3, 7) }, () => {
      const wsId = `a.${++situationNumber}`;
      situationIds.push(wsId);
      const group = (/** @type {'potential'|'knowledge'|'attitudes'|'metacognition'} */ name, /** @type {string} */ letter, /** @type {number} */ lo, /** @type {number} */ hi) =>
        rng.sample(pool.criteria[name], rng.int(lo, hi)).map((text, i) => ({ id: `${wsId}.${letter}${i + 1}`, text: w.personalize(text) }));
      return amend(
        {
          id: wsId,
          title: rng.pick(pool.situationTitles),
          description: w.paragraphs(pool.descriptions, 2, 5),
          criteriaStem: `Les ${prof.plural}...`,
          criteria: {
            potential: group('potential', 'p', 1, 2),
            knowledge: group('knowledge', 'k', 1, 5),
            attitudes: group('attitudes', 'a', 1, 4),
            metacognition: group('metacognition', 'm', 1, 3),
          },
        },
        0.1,
      );
    });
    // Each dimension references 1–3 situations of its module and cites their criteria word for word; the first
    // dimensions take the situations in turn, so that every situation is referenced.
    let turn = 0;
    const learningFields = module.learningFields.map((row) => {
      const dimensions = Array.from({ length: rng.int(3, 6) }, (_, d) => {
        const first = situations[turn++ % situations.length];
        const referenced = [first, ...rng.sample(situations.filter((s) => s !== first), rng.int(0, 2))];
        const criteria = referenced.flatMap((s) => [...s.criteria.potential, ...s.criteria.knowledge, ...s.criteria.attitudes, ...s.criteria.metacognition]);
        const own = [...first.criteria.potential, ...first.criteria.knowledge, ...first.criteria.attitudes, ...first.criteria.metacognition];
        const cited = [rng.pick(own), ...rng.sample(criteria, rng.int(0, 3))].filter((c, i, all) => all.indexOf(c) === i);
        const dimId = `${row.id}.${d + 1}`;
        dimensionIds.push(dimId);
        return amend(
          {
            id: dimId,
            statements: cited.map((c) => ({ text: c.text, criterion: c.id })),
            contents: ['Aptitudes', ...rng.sample(pool.contentsLines, rng.int(1, 4)).map((t) => w.personalize(t))],
            workSituations: referenced.map((s) => s.id).sort((a, b) => Number(a.slice(2)) - Number(b.slice(2))),
            remarks: rng.sample(pool.remarks, rng.int(0, 4)),
          },
          0.05,
        );
      });
      return amend({ id: row.id, title: row.title, lessons: { ...row.lessons }, methods: rng.sample(pool.methods, rng.int(2, 3)).map((x) => ({ ...x })), dimensions }, 0.05);
    });
    const taught = module.learningFields.reduce((s, f) => s + f.lessons.presence, 0);
    const prerequisites = modules.slice(0, m).filter(() => rng.chance(0.7)).map((p) => ({ module: p.id, title: p.title }));
    const dir = `module-${module.id}`;
    const framework = [
      { heading: "Vue d'ensemble", paragraphs: [`Structure du plan d'enseignement : le module « ${module.title} » est divisé en champs d'apprentissage que voici :`, ...module.learningFields.map((f) => `Champ d'apprentissage ${f.id} : ${f.title}`)] },
      { heading: "Heures d'apprentissage", paragraphs: [`${module.total} leçons d'apprentissage sont disponibles dont ${taught} leçons d'enseignement.`] },
      ...(prerequisites.length
        ? [{ heading: 'Connaissances préalables', paragraphs: ['Pour traiter ce module, les modules suivants (un ou plusieurs) doivent avoir été suivis :', ...prerequisites.map((p) => `Module ${p.module} - ${p.title}`)] }]
        : []),
      ...rng
        .sample(
          pool.framework.filter((f) => !/Vue d'ensemble|Heures d'apprentissage|Connaissances préalables/.test(f.heading)),
          rng.int(3, 6),
        )
        .map((f) => ({ heading: f.heading, paragraphs: f.paragraphs.map((p) => (p.length > 80 && rng.chance(0.5) ? w.text(pool.frameworkParagraphs) : w.personalize(p))) })),
    ];
    for (const field of learningFields) files.set(`${dir}/learning-field-${field.id}.yaml`, { header: header(`module ${module.id}, champ d'apprentissage ${field.id} « ${field.title} »`), value: field });
    files.set(`${dir}/work-situations.yaml`, { header: header(`module ${module.id}, situations de travail ${situations[0].id}–${situations[situations.length - 1].id}`), value: situations });
    files.set(`${dir}/module.yaml`, {
      header: header(`module ${module.id} « ${module.title} »: conditions-cadres, champs d'apprentissage et situations de travail`),
      value: {
        module: module.id,
        title: module.title,
        lessons: module.total,
        taughtLessons: taught,
        prerequisites,
        framework,
        learningFields: learningFields.map((f) => ({ include: `learning-field-${f.id}.yaml` })),
        workSituations: { include: 'work-situations.yaml' },
      },
    });
    return { include: `${dir}/module.yaml` };
  });

  const revisions = revisionIds.map((revId, r) => ({
    id: revId,
    date: isoDate(year + 1 + r, rng),
    title: `Modification du plan d'enseignement (V.${2 + r}.0)`,
    text: w.paragraphs(pool.frameworkParagraphs, 1, 2),
    changes: Array.from({ length: rng.int(1, 4) }, () => ({
      location: `Page ${rng.int(5, 40)}`,
      items: rng.sample(rng.chance(0.7) ? dimensionIds : situationIds, rng.int(1, 2)),
      text: w.text(pool.frameworkParagraphs),
    })),
  }));

  const value = {
    kind: 'teaching-plan',
    id,
    language: 'fr',
    title: `Plan d'enseignement des ${prof.plural}`,
    subtitle: `Modules 1 à ${moduleCount}`,
    profession: `${prof.feminine}/${prof.singular} avec brevet fédéral (examen professionnel)`,
    organisation: `Commission d'examen des ${prof.plural}`,
    registration: `Numéro de série SEFRI : ${rng.int(10000, 99999)}`,
    examRegulation: isoDate(year - 1, rng),
    approvedBy: `Commission d'examen des ${prof.plural}`,
    version: `V.${1 + revisionIds.length}.${rng.int(0, 3)}`,
    place: rng.pick(PLACES),
    date,
    contents: pool.contents,
    relatedDocuments: pool.relatedDocuments,
    minutesPerLesson: rng.pick([45, 50]),
    lessonsPerDay,
    overview: {
      note: rng.pick(pool.overviewNote),
      modules,
      total,
      learningDays: { presence: total.presence / lessonsPerDay, selfStudy: total.selfStudy / lessonsPerDay, total: total.total / lessonsPerDay },
    },
    details,
    revisions,
  };
  files.set('curriculum.yaml', { header: header(`index file with the overview of modules 1–${moduleCount}; each module is detailed in module-<n>/`), value });
  return { id, kind: 'teaching-plan', files, evaluationObjectives: 0 };
}

// ---------------------------------------------------------------------------------------------------------------
// Writing

const YAML_OPTIONS = /** @type {const} */ ({ lineWidth: 110, minContentWidth: 30, aliasDuplicateObjects: false });

/** @param {string} header @param {unknown} value */
function yamlText(header, value) {
  // Ids are quoted as in the shipped sources (the README asks for it: YAML reads 1.1 as a number).
  return header + stringify(value, YAML_OPTIONS).replace(ID_LINE, '$1"$2"');
}

/** A line `id: 3.2.1` (or `module:`, `domain:`, `ref:`, `criterion:`) whose id is not quoted yet. */
const ID_LINE = /^(\s*(?:- )?(?:id|module|domain|ref|criterion): )([A-Za-z0-9][A-Za-z0-9._-]*)$/gm;

/** Hash of what determines the output: this file's text and the shipped sources. */
export function generatorDigest(curriculaDir = join(repoRoot, 'curricula')) {
  const h = createHash('sha256');
  h.update(`format ${FORMAT}\n`);
  h.update(readFileSync(fileURLToPath(import.meta.url)));
  const walk = (/** @type {string} */ dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(e.name)) h.update(e.name).update(readFileSync(full));
    }
  };
  walk(curriculaDir);
  return h.digest('hex').slice(0, 16);
}

/**
 * Generates the documents of a corpus. Document i depends only on (seed, i).
 * @param {{ size: number, seed: string | number, out: string, log?: (line: string) => void }} options
 */
export function generateCorpus({ size, seed, out, log = () => {} }) {
  const target = resolve(out);
  if (existsSync(target) && readdirSync(target).length > 0 && !existsSync(join(target, MANIFEST))) {
    throw new Error(`${out} exists, is not empty and holds no ${MANIFEST}: refusing to replace it`);
  }
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const pools = loadPools();
  const stats = { documents: size, trainingPlans: 0, teachingPlans: 0, files: 0, bytes: 0, evaluationObjectives: 0 };
  const started = Date.now();
  for (let i = 0; i < size; i++) {
    const rng = new Rng(`${seed}:${i}`);
    const doc = i % 4 === 3 ? teachingPlan(pools.teaching, rng, i) : trainingPlan(pools.training, rng, i);
    if (doc.kind === 'training-plan') stats.trainingPlans++;
    else stats.teachingPlans++;
    stats.evaluationObjectives += doc.evaluationObjectives;
    for (const [path, { header, value }] of doc.files) {
      const file = join(target, doc.id, path);
      mkdirSync(dirname(file), { recursive: true });
      const text = yamlText(header, value);
      writeFileSync(file, text);
      stats.files++;
      stats.bytes += Buffer.byteLength(text);
    }
    if ((i + 1) % 100 === 0) log(`  ${i + 1}/${size} documents`);
  }
  const manifest = { seed: String(seed), size, generator: generatorDigest(), ...stats };
  writeFileSync(join(target, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
  return { ...manifest, seconds: (Date.now() - started) / 1000 };
}

/**
 * Generates the corpus unless `out` already holds one made from the same seed, size and generator.
 * @param {{ size: number, seed: string | number, out: string, log?: (line: string) => void }} options
 * @returns {{ manifest: any, reused: boolean }}
 */
export function ensureCorpus(options) {
  const manifestPath = join(resolve(options.out), MANIFEST);
  if (existsSync(manifestPath)) {
    try {
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      if (manifest.seed === String(options.seed) && manifest.size === options.size && manifest.generator === generatorDigest()) return { manifest, reused: true };
    } catch {
      // regenerate
    }
  }
  return { manifest: generateCorpus(options), reused: false };
}

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {Record<string, string>} */
  const args = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new Error(`unexpected argument ${arg}`);
    const [key, inline] = arg.slice(2).split('=', 2);
    args[key] = inline ?? argv[++i];
    if (args[key] === undefined) throw new Error(`--${key} needs a value`);
  }
  return args;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const args = parseArgs(process.argv.slice(2));
    const size = Number(args.size ?? 10);
    if (!Number.isInteger(size) || size < 1) throw new Error('--size must be a whole number ≥ 1');
    const seed = args.seed ?? '1';
    const out = args.out ?? join('bench', 'corpus', String(size));
    const manifest = generateCorpus({ size, seed, out, log: (line) => process.stderr.write(`${line}\n`) });
    process.stdout.write(
      `wrote ${manifest.documents} documents (${manifest.trainingPlans} training plans, ${manifest.teachingPlans} teaching plans, ${manifest.evaluationObjectives} evaluation objectives), ${manifest.files} files, ${(manifest.bytes / 1048576).toFixed(1)} MiB to ${out} in ${manifest.seconds.toFixed(1)} s\n`,
    );
  } catch (error) {
    process.stderr.write(`generate: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
