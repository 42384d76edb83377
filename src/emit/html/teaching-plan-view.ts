import type { Diagnostic } from '../../diagnostics.js';
import type { ResolvedTeachingPlan } from '../../resolve/index.js';
import type { LessonSplit } from '../../validate/schema/teaching-plan.js';
import { anchorId, formatDate } from '../anchors.js';
import { situationsByField } from '../coverage.js';
import { labelsFor } from '../labels.js';
import { findingViews, link, markedItemsByRevision, markerFor, matrixView, revisionViews, type TocEntry } from './view-common.js';

const criterionGroups = ['potential', 'knowledge', 'attitudes', 'metacognition'] as const;

const lessonCells = (lessons: LessonSplit) => [lessons.presence, lessons.selfStudy, lessons.total];

/** Everything the teaching-plan template prints, computed and linked in advance. */
export function teachingPlanView(document: ResolvedTeachingPlan, diagnostics: readonly Diagnostic[]) {
  const { plan, revisions } = document;
  const labels = labelsFor(plan.language);
  const detailed = new Set(plan.details.map((d) => d.module));

  const overview = {
    note: plan.overview.note,
    headings: [labels.module, labels.learningField, labels.presence, labels.selfStudy, labels.total, `${labels.total} ${labels.module}`],
    modules: plan.overview.modules.map((module) => ({
      anchor: anchorId('module', module.id),
      heading: `${module.id} ${module.title}`,
      type: labels.moduleTypes[module.type],
      total: module.total,
      rowSpan: module.learningFields.length,
      fields: module.learningFields.map((field, index) => ({
        first: index === 0,
        title: `${field.id} ${field.title}`,
        href: detailed.has(module.id) ? `#${anchorId('learning-field', field.id)}` : undefined,
        cells: lessonCells(field.lessons),
      })),
    })),
    total: lessonCells(plan.overview.total),
    learningDays: plan.overview.learningDays ? lessonCells(plan.overview.learningDays) : undefined,
    lessonNote: `1 ${labels.lessons.toLowerCase().replace(/s$/, '')} = ${plan.minutesPerLesson} minutes`,
  };

  const details = plan.details.map((detail) => ({
    anchor: `module-${detail.module}`,
    heading: `${labels.module} ${detail.module} – ${detail.title}`,
    lessons: `${detail.lessons} ${labels.lessons.toLowerCase()}, ${detail.taughtLessons} ${labels.taughtLessons.toLowerCase()}`,
    prerequisites: detail.prerequisites.map((p) => Object.assign(link('module', p.module, `${labels.module} ${p.module}`), { title: p.title })),
    framework: detail.framework,
    learningFields: detail.learningFields.map((field) => ({
      id: field.id,
      anchor: anchorId('learning-field', field.id),
      heading: `${labels.learningField} ${field.id} : ${field.title}`,
      marker: markerFor(field, revisions, labels),
      lessons: `${field.lessons.total} ${labels.lessons.toLowerCase()} (${labels.presence} ${field.lessons.presence} / ${labels.selfStudy} ${field.lessons.selfStudy})`,
      methods: field.methods,
      dimensions: field.dimensions.map((dimension) => ({
        anchor: anchorId('competence-dimension', dimension.id),
        id: dimension.id,
        marker: markerFor(dimension, revisions, labels),
        statements: dimension.statements.map((s) => ({ text: s.text, criterion: s.criterion ? link('performance-criterion', s.criterion, s.criterion) : undefined })),
        contents: dimension.contents,
        workSituations: dimension.workSituations.map((id) => link('work-situation', id, id)),
        remarks: dimension.remarks,
      })),
    })),
    workSituations: detail.workSituations.map((situation) => ({
      anchor: anchorId('work-situation', situation.id),
      heading: `${situation.id} ${situation.title}`,
      marker: markerFor(situation, revisions, labels),
      description: situation.description,
      stem: situation.criteriaStem,
      referencedBy: (document.referencedBy.get(situation.id) ?? []).map((field) => link('learning-field', field.id, `${labels.learningField} ${field.id}`)),
      groups: criterionGroups
        .filter((group) => situation.criteria[group].length > 0)
        .map((group) => ({ title: labels.criterionGroups[group], criteria: situation.criteria[group].map((c) => ({ anchor: anchorId('performance-criterion', c.id), id: c.id, text: c.text })) })),
    })),
  }));

  const matrix = situationsByField(document);
  const coverage = [matrixView(labels.situationsByField, matrix, matrix.columns, labels)];
  const marked = markedItemsByRevision(document.items, labels);
  const revisionHistory = revisionViews(document, marked, labels);

  const toc: TocEntry[] = [
    { href: '#overview', text: labels.overview },
    ...details.map((d) => ({
      href: `#${d.anchor}`,
      text: d.heading,
      children: [...d.learningFields.map((f) => ({ href: `#${f.anchor}`, text: f.heading })), { href: `#work-situations-${d.anchor}`, text: labels.workSituations }],
    })),
    { href: '#coverage', text: labels.coverage },
    ...(revisionHistory.length ? [{ href: '#revisions', text: labels.revisions }] : []),
    { href: '#findings', text: labels.findings },
  ];

  return {
    lang: plan.language,
    labels,
    title: plan.subtitle ? `${plan.title} — ${plan.subtitle}` : plan.title,
    documentTitle: plan.title,
    subtitle: plan.subtitle,
    profession: plan.profession,
    facts: [
      { label: labels.organisation, value: plan.approvedBy },
      { label: labels.version, value: `${plan.version}, ${plan.place}, ${formatDate(plan.date)}` },
      ...(plan.registration ? [{ label: 'SEFRI', value: plan.registration }] : []),
    ],
    contents: plan.contents,
    relatedDocuments: plan.relatedDocuments,
    toc,
    overview,
    details,
    coverage,
    revisions: revisionHistory,
    findings: findingViews(diagnostics, labels),
  };
}

export type TeachingPlanView = ReturnType<typeof teachingPlanView>;
