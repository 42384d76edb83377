import type { Diagnostic } from '../../diagnostics.js';
import type { ResolvedTeachingPlan } from '../../resolve/index.js';
import type { CompetenceDimension, LearningField, ModuleDetail, WorkSituation } from '../../validate/schema/teaching-plan.js';
import { anchorId, formatDate } from '../anchors.js';
import { situationsByField } from '../coverage.js';
import { labelsFor, type Labels } from '../labels.js';
import { colon, dropDanglingLinks, findingBlocks, joined, languageName, marker, matrixTable, revisionBlocks } from './common-content.js';
import { cell, paragraph, text, type Block, type Handbook, type HeadingBlock, type TableRow } from './model.js';

const criterionGroups = ['potential', 'knowledge', 'attitudes', 'metacognition'] as const;

/** A teaching plan (plan d'enseignement) as handbook blocks: overview, detailed modules, coverage, revisions. */
export function teachingPlanHandbook(document: ResolvedTeachingPlan, diagnostics: readonly Diagnostic[]): Handbook {
  const { plan } = document;
  const labels = labelsFor(plan.language);
  const writer = new TeachingPlanWriter(document, labels);
  const title = plan.subtitle ? `${plan.title} — ${plan.subtitle}` : plan.title;
  const c = colon(plan.language);
  return dropDanglingLinks({
    language: plan.language,
    metadata: { title, author: plan.organisation, subject: plan.profession, keywords: [plan.title, ...(plan.subtitle ? [plan.subtitle] : []), plan.profession, plan.version] },
    titlePage: {
      overline: plan.organisation,
      title: plan.title,
      ...(plan.subtitle ? { subtitle: plan.subtitle } : {}),
      profession: plan.profession,
      facts: [
        { label: `${labels.organisation}${c}`, value: plan.approvedBy },
        { label: `${labels.version}${c}`, value: `${plan.version}, ${plan.place}, ${formatDate(plan.date)}` },
        { label: `${labels.stateDate}${c}`, value: formatDate(plan.date) },
        { label: `${labels.language}${c}`, value: languageName(plan.language) },
      ],
      lists: [...(plan.registration ? [[plan.registration]] : []), plan.contents, plan.relatedDocuments].filter((list) => list.length > 0),
    },
    runningTitle: plan.title,
    footer: `${labels.stateDate} ${formatDate(plan.date)} — ${plan.version}`,
    labels: { contents: labels.contents, page: labels.page, of: labels.of },
    blocks: [...writer.blocks(), ...findingBlocks(diagnostics, labels)],
  });
}

class TeachingPlanWriter {
  private readonly colon: string;

  constructor(
    private readonly document: ResolvedTeachingPlan,
    private readonly labels: Labels,
  ) {
    this.colon = colon(document.plan.language);
  }

  private heading(level: 1 | 2 | 3, value: string, anchor: string, item: { added?: string | undefined; changed?: string | undefined } = {}, options: Partial<HeadingBlock> = {}): HeadingBlock {
    const found = marker(item, this.document.revisions, this.labels);
    return { kind: 'heading', level, text: value, anchor, toc: level <= 2, ...(found ? { marker: found } : {}), ...options };
  }

  blocks(): Block[] {
    const { labels, document } = this;
    const { plan } = document;
    const matrix = situationsByField(document);
    return [
      ...this.overview(),
      ...plan.details.flatMap((detail) => this.detail(detail)),
      this.heading(1, labels.coverage, 'coverage', {}, { newPage: true }),
      this.heading(2, labels.situationsByField, 'coverage-situations'),
      matrixTable(matrix, labels.workSituation, matrix.columns, labels),
      ...(plan.revisions.length > 0
        ? [this.heading(1, labels.revisions, 'revisions', {}, { newPage: true }), ...revisionBlocks(plan.revisions, document.items, document.revisions, labels, plan.language)]
        : []),
    ];
  }

  private overview(): Block[] {
    const { labels, document } = this;
    const { plan } = document;
    const detailed = new Set(plan.details.map((d) => d.module));
    const number = (value: number) => cell(String(value), { align: 'right' });
    const rows: TableRow[] = [];
    for (const module of plan.overview.modules) {
      rows.push({
        anchor: anchorId('module', module.id),
        emphasis: 'group',
        cells: [cell(`${labels.module} ${module.id} – ${module.title} (${labels.moduleTypes[module.type]})`, { span: 4, header: true }), number(module.total)],
      });
      for (const field of module.learningFields) {
        const title = detailed.has(module.id) ? text(field.id, { link: anchorId('learning-field', field.id) }) : text(field.id);
        rows.push({ cells: [cell([title, text(` ${field.title}`)], { header: true }), number(field.lessons.presence), number(field.lessons.selfStudy), number(field.lessons.total), cell('')] });
      }
    }
    const totalRow = (label: string, split: { presence: number; selfStudy: number; total: number }): TableRow => ({
      emphasis: 'total',
      cells: [cell(label, { header: true }), number(split.presence), number(split.selfStudy), number(split.total), cell('')],
    });
    rows.push(totalRow(`${labels.total} — ${labels.lessons}`, plan.overview.total));
    if (plan.overview.learningDays) rows.push(totalRow(`${labels.total} — ${labels.learningDays}`, plan.overview.learningDays));
    return [
      this.heading(1, labels.overview, 'overview'),
      ...(plan.overview.note ? [paragraph(plan.overview.note, { size: 'small' })] : []),
      {
        kind: 'table',
        columns: [
          { header: labels.learningField, width: 5 },
          { header: labels.presence, width: 1.1, align: 'right' },
          { header: labels.selfStudy, width: 1.1, align: 'right' },
          { header: labels.total, width: 0.9, align: 'right' },
          { header: `${labels.total} ${labels.module}`, width: 1.1, align: 'right' },
        ],
        rows,
      },
      paragraph(`${plan.minutesPerLesson} ${labels.minutesPerLesson}`, { size: 'small' }),
    ];
  }

  private detail(detail: ModuleDetail): Block[] {
    const { labels } = this;
    const heading = `${labels.module} ${detail.module} – ${detail.title}`;
    const prerequisites = detail.prerequisites.map((p) => [text(`${labels.module} ${p.module}`, { link: anchorId('module', p.module) }), text(` ${p.title}`)]);
    return [
      this.heading(1, heading, `module-${detail.module}`, {}, { newPage: true }),
      paragraph(`${detail.lessons} ${labels.lessons.toLowerCase()}, ${detail.taughtLessons} ${labels.taughtLessons.toLowerCase()}`),
      ...(prerequisites.length > 0 ? [paragraph([text(`${labels.prerequisites}${this.colon} `, { weight: 'bold' }), ...prerequisites.flatMap((p, i) => (i === 0 ? p : [text('; '), ...p]))])] : []),
      ...detail.framework.flatMap((section, index) => [this.heading(2, section.heading, `module-${detail.module}-framework-${index + 1}`, {}, { toc: false }), ...section.paragraphs.map((p) => paragraph(p))]),
      ...detail.learningFields.flatMap((field) => this.learningField(field)),
      ...(detail.workSituations.length > 0
        ? [this.heading(2, labels.workSituations, `work-situations-module-${detail.module}`), ...detail.workSituations.flatMap((situation) => this.workSituation(situation))]
        : []),
    ];
  }

  private learningField(field: LearningField): Block[] {
    const { labels } = this;
    return [
      this.heading(2, `${labels.learningField} ${field.id}${this.colon} ${field.title}`, anchorId('learning-field', field.id), field),
      paragraph(`${field.lessons.total} ${labels.lessons.toLowerCase()} (${labels.presence} ${field.lessons.presence} / ${labels.selfStudy} ${field.lessons.selfStudy})`),
      ...(field.methods.length > 0
        ? [this.heading(3, labels.methods, `lf-${field.id}-methods`), ...field.methods.map((m) => paragraph([text(`${m.title}${this.colon} `, { weight: 'bold' }), text(m.text)]))]
        : []),
      this.heading(3, `${labels.competenceDimensions} — ${labels.learningField} ${field.id}`, `lf-${field.id}-dimensions`),
      {
        kind: 'table',
        columns: [
          { header: '#', width: 0.8 },
          { header: labels.statements, width: 3.4 },
          { header: labels.contentsColumn, width: 2.8 },
          { header: labels.workSituation, width: 1.15 },
          { header: labels.remarks, width: 2.4 },
        ],
        rows: field.dimensions.map((dimension) => this.dimensionRow(dimension)),
      },
    ];
  }

  private dimensionRow(dimension: CompetenceDimension): TableRow {
    const found = marker(dimension, this.document.revisions, this.labels);
    return {
      anchor: anchorId('competence-dimension', dimension.id),
      cells: [
        cell([{ spans: [text(dimension.id)] }, ...(found ? [{ spans: [found] }] : [])], { header: true }),
        cell(dimension.statements.map((s) => ({ spans: [text(s.text), ...(s.criterion ? [text(' '), text(`[${s.criterion}]`, { link: anchorId('performance-criterion', s.criterion) })] : [])] }))),
        cell(dimension.contents.map((c) => ({ spans: [text(c)] }))),
        cell(dimension.workSituations.map((id) => ({ spans: [text(id, { link: anchorId('work-situation', id) })] }))),
        cell(dimension.remarks.map((r) => ({ spans: [text(r)], bullet: '–' }))),
      ],
    };
  }

  private workSituation(situation: WorkSituation): Block[] {
    const { labels, document } = this;
    const referencedBy = (document.referencedBy.get(situation.id) ?? []).map((field) => text(`${labels.learningField} ${field.id}`, { link: anchorId('learning-field', field.id) }));
    return [
      this.heading(3, `${situation.id} ${situation.title}`, anchorId('work-situation', situation.id), situation, { outline: true }),
      ...situation.description.map((p) => paragraph(p)),
      ...(referencedBy.length > 0 ? [paragraph([text(`${labels.referencedBy} `), ...joined(referencedBy)], { size: 'small' })] : []),
      paragraph([text(`${labels.performanceCriteria} — `, { weight: 'bold' }), text(situation.criteriaStem)]),
      ...criterionGroups.flatMap((group) => {
        const criteria = situation.criteria[group];
        if (criteria.length === 0) return [];
        return [
          paragraph([text(labels.criterionGroups[group], { italic: true, weight: 'bold' })]),
          ...criteria.map((criterion) => paragraph([text(criterion.text), text(` (${criterion.id})`, { tone: 'muted' })], { bullet: '•', anchor: anchorId('performance-criterion', criterion.id) })),
        ];
      }),
    ];
  }
}
