import type { Diagnostic } from '../../diagnostics.js';
import type { ResolvedTrainingPlan } from '../../resolve/index.js';
import type { Competence, Domain, LearningPlace, LessonRow, LessonTable, ParticularObjective } from '../../validate/schema/training-plan.js';
import { anchorId, formatDate } from '../anchors.js';
import { learningPlaces, levelsByDomain, placesByCompetence } from '../coverage.js';
import { labelsFor, type Labels } from '../labels.js';
import { addMarked, findingViews, link, markedItemsByRevision, markerFor, matrixView, revisionViews, type TocEntry } from './view-common.js';

const CHECK = '✓';

/** Everything the training-plan template prints, computed and linked in advance: the template only lays it out. */
export function trainingPlanView(document: ResolvedTrainingPlan, diagnostics: readonly Diagnostic[], files: { handbook: string; extract: (place: LearningPlace) => string }) {
  const { plan, revisions } = document;
  const labels = labelsFor(plan.language);
  const placeLabels = learningPlaces.map((place) => labels[place]);

  const domains = [];
  for (const domain of plan.domains) domains.push(domainView(domain, document, labels));

  const lessonTables = plan.lessonTables.map((table) => lessonTableView(table, document, labels));
  const { interCompanyCourses: ci } = plan;
  const courses = ci.courses.map((course) => ({
    anchor: anchorId('course', course.id),
    heading: course.title,
    marker: markerFor(course, revisions, labels),
    facts: `${course.period} — ${course.days} ${labels.days.toLowerCase()} × ${course.hoursPerDay} ${labels.hours}`,
    themes: course.themes,
    days: course.program.days ?? course.days,
    blocks: course.program.blocks.map((block) => ({
      heading: block.heading,
      contents: block.contents.map((citation) => {
        const kind = document.competences.has(citation.ref) ? 'competence' : 'domain';
        return { href: `#${anchorId(kind, citation.ref)}`, text: `${citation.ref} ${citation.title}` };
      }),
      focus: block.focus.map((f) => ({ text: f.text, marker: markerFor(f, revisions, labels) })),
    })),
  }));

  const areas = plan.qualification.areas.map((area) => ({
    anchor: anchorId('qualification-area', area.id),
    heading: area.title,
    marker: markerFor(area, revisions, labels),
    text: area.text,
    durations: area.durations.map((d) => `${labels[d.form]}: ${d.hours}${d.maxHours ? `–${d.maxHours}` : ''} ${labels.hours}`),
    hasWeights: area.positions.some((p) => p.weight !== undefined),
    positions: area.positions.map((p) => ({
      id: p.id,
      title: p.title,
      domain: p.domain ? link('domain', p.domain, p.domain) : undefined,
      form: p.form ? labels[p.form] : '',
      weight: p.weight !== undefined ? `${p.weight} %` : '',
    })),
    weightTotal: `${area.positions.reduce((sum, p) => sum + (p.weight ?? 0), 0)} %`,
  }));

  const marked = markedItemsByRevision(document.items, labels);
  for (const competence of plan.domains.flatMap((d) => d.competences)) {
    const { added, changed } = competence.generalObjective;
    const revision = added ?? changed;
    if (revision) addMarked(marked, revision, Object.assign(link('competence', competence.id, `${labels.generalObjective} ${competence.id}`), { change: labels[added ? 'added' : 'changed'] }));
  }
  const revisionHistory = revisionViews(document, marked, labels);

  const coverage = [
    matrixView(labels.placesByCompetence, placesByCompetence(document), placeLabels, labels),
    matrixView(labels.levelsByDomain, levelsByDomain(document), levelsByDomain(document).columns, labels),
  ];

  const toc: TocEntry[] = [
    { href: '#introduction', text: labels.introduction },
    { href: '#profile', text: labels.profile },
    ...domains.map((d) => ({ href: `#${d.anchor}`, text: d.heading, children: d.competences.map((c) => ({ href: `#${c.anchor}`, text: c.heading })) })),
    ...lessonTables.map((t) => ({ href: `#${t.anchor}`, text: t.title })),
    { href: '#courses', text: labels.interCompanyCourses },
    { href: '#qualification', text: labels.qualification },
    { href: '#coverage', text: labels.coverage },
    { href: '#revisions', text: labels.revisions },
    { href: '#annex', text: labels.annex },
    { href: '#findings', text: labels.findings },
  ];

  return {
    lang: plan.language,
    labels,
    title: `${plan.title} — ${plan.profession}`,
    documentTitle: plan.title,
    profession: plan.profession,
    facts: [
      { label: labels.organisation, value: plan.organisation },
      { label: labels.version, value: formatDate(plan.date) },
      { label: labels.stateDate, value: formatDate(plan.stateDate) },
    ],
    footnote: plan.footnote,
    toc,
    extracts: learningPlaces.map((place) => ({ href: files.extract(place), text: `${labels.extractFor} ${labels[place]}` })),
    introduction: plan.introduction,
    profile: plan.profile,
    evaluationStem: plan.evaluationStem,
    placeLabels,
    domains,
    lessonTables,
    ci: { purpose: ci.purpose, responsibleBody: { text: ci.responsibleBody.text, marker: markerFor(ci.responsibleBody, revisions, labels) }, otherBodies: ci.otherBodies, courses, notes: ci.notes.map((n) => ({ text: n.text, marker: markerFor(n, revisions, labels) })) },
    qualification: { organisation: plan.qualification.organisation, areas, evaluation: plan.qualification.evaluation },
    coverage,
    revisions: revisionHistory,
    annex: {
      introduction: plan.annex.introduction,
      documents: { ...plan.annex.documents, anchor: anchorId('annex-documents', plan.annex.documents.id), marker: markerFor(plan.annex.documents, revisions, labels) },
      taxonomyLevels: plan.annex.taxonomyLevels,
      interdisciplinaryCompetences: plan.annex.interdisciplinaryCompetences.map((c) => ({ ...c, group: labels[c.group] })),
      methodology: plan.annex.methodology,
    },
    findings: findingViews(diagnostics, labels),
    handbookHref: files.handbook,
  };
}

export type TrainingPlanView = ReturnType<typeof trainingPlanView>;

function lessonTableView(table: LessonTable, document: ResolvedTrainingPlan, labels: Labels) {
  const row = (r: LessonRow, kind: 'row' | 'subtotal' | 'total') => ({
    kind,
    title: `${r.title}${r.mark ? ` ${r.mark}` : ''}`,
    domain: r.domain && document.domains.has(r.domain) ? link('domain', r.domain, r.domain) : undefined,
    total: r.total,
    perYear: r.perYear.map((n) => (n === 0 ? '' : String(n))),
  });
  return {
    anchor: anchorId('lesson-table', table.id),
    title: table.title,
    headings: [table.rowHeading, table.totalHeading, ...table.yearHeadings],
    rows: [...table.sections.flatMap((s) => [...s.rows.map((r) => row(r, 'row')), ...(s.subtotal ? [row(s.subtotal, 'subtotal')] : [])]), ...(table.total ? [row(table.total, 'total')] : [])],
    notes: table.notes.map((n) => `${n.mark ? `${n.mark} ` : ''}${n.text}`),
    caption: labels.lessonTables,
  };
}

/*
 * The domains, competences and objectives, by functions of the module and loops rather than nested callbacks:
 * callbacks are made per document, and V8 optimizes them again after every full collection.
 */

function domainView(domain: Domain, document: ResolvedTrainingPlan, labels: Labels) {
  const competences = [];
  for (const competence of domain.competences) competences.push(competenceView(competence, document, labels));
  return { anchor: anchorId('domain', domain.id), heading: `${domain.id}. ${domain.title}`, marker: markerFor(domain, document.revisions, labels), competences };
}

function competenceView(competence: Competence, document: ResolvedTrainingPlan, labels: Labels) {
  const { revisions } = document;
  const citedBy = document.citedByCourses.get(competence.id) ?? [];
  const objectives = [];
  for (const objective of competence.objectives) objectives.push(objectiveView(objective, document, labels));
  return {
    anchor: anchorId('competence', competence.id),
    heading: `${competence.id} ${competence.title}`,
    marker: markerFor(competence, revisions, labels),
    generalObjective: { text: competence.generalObjective.text, marker: markerFor(competence.generalObjective, revisions, labels) },
    interdisciplinary: (['methodological', 'social', 'personal'] as const).map((column) => ({ label: labels[column], names: competence.interdisciplinary[column] })),
    citedBy: citedBy.map((course) => ({ href: `#${anchorId('course', course.id)}`, text: course.title })),
    objectives,
  };
}

function objectiveView(objective: ParticularObjective, document: ResolvedTrainingPlan, labels: Labels) {
  const { revisions } = document;
  const evaluation = [];
  for (const item of objective.evaluation) {
    const places = [];
    for (const place of learningPlaces) places.push(item.places.includes(place) ? CHECK : '');
    evaluation.push({ anchor: anchorId('evaluation-objective', item.id), id: item.id, text: item.text, level: item.level, places, marker: markerFor(item, revisions, labels) });
  }
  return {
    anchor: anchorId('particular-objective', objective.id),
    heading: `${labels.particularObjective} ${objective.id}`,
    text: objective.text,
    marker: markerFor(objective, revisions, labels),
    evaluation,
  };
}
