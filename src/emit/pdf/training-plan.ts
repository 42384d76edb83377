import type { Diagnostic } from '../../diagnostics.js';
import type { ResolvedTrainingPlan } from '../../resolve/index.js';
import type { Competence, InterCompanyCourse, LessonRow, LessonTable, ParticularObjective, QualificationArea } from '../../validate/schema/training-plan.js';
import { anchorId, formatDate } from '../anchors.js';
import { learningPlaces, levelsByDomain, placesByCompetence } from '../coverage.js';
import { labelsFor, type Labels } from '../labels.js';
import { approvalBlocks, colon, dropDanglingLinks, findingBlocks, joined, languageName, marker, matrixTable, revisionBlocks, withMarker } from './common-content.js';
import { cell, paragraph, text, type Block, type Handbook, type HeadingBlock, type Span, type TableBlock, type TableRow } from './model.js';

const CHECK = '✓';

/** A training plan (plan de formation) as handbook blocks, in the order of the official document. */
export function trainingPlanHandbook(document: ResolvedTrainingPlan, diagnostics: readonly Diagnostic[]): Handbook {
  const { plan } = document;
  const labels = labelsFor(plan.language);
  const writer = new TrainingPlanWriter(document, labels);
  const title = `${plan.title} — ${plan.profession}`;
  const c = colon(plan.language);
  return dropDanglingLinks({
    language: plan.language,
    metadata: { title, author: plan.organisation, subject: plan.profession, keywords: [plan.title, plan.profession, plan.organisation, `${labels.stateDate} ${formatDate(plan.stateDate)}`] },
    titlePage: {
      overline: plan.organisation,
      title: plan.title,
      profession: plan.profession,
      facts: [
        { label: `${labels.organisation}${c}`, value: plan.organisation },
        { label: `${labels.version}${c}`, value: formatDate(plan.date) },
        { label: `${labels.stateDate}${c}`, value: formatDate(plan.stateDate) },
        { label: `${labels.language}${c}`, value: languageName(plan.language) },
      ],
      lists: [],
      ...(plan.footnote ? { footnote: plan.footnote } : {}),
    },
    runningTitle: title,
    footer: `${labels.stateDate} ${formatDate(plan.stateDate)}`,
    labels: { contents: labels.contents, page: labels.page, of: labels.of },
    blocks: [...writer.blocks(), ...findingBlocks(diagnostics, labels)],
  });
}

class TrainingPlanWriter {
  private readonly colon: string;

  constructor(
    private readonly document: ResolvedTrainingPlan,
    private readonly labels: Labels,
  ) {
    this.colon = colon(document.plan.language);
  }

  private get plan() {
    return this.document.plan;
  }

  private marker(item: { added?: string | undefined; changed?: string | undefined }): Span | undefined {
    return marker(item, this.document.revisions, this.labels);
  }

  private withMarker(spans: Span[], item: { added?: string | undefined; changed?: string | undefined }): Span[] {
    return withMarker(spans, item, this.document.revisions, this.labels);
  }

  private heading(level: 1 | 2 | 3, value: string, anchor: string, options: Partial<HeadingBlock> = {}): HeadingBlock {
    return { kind: 'heading', level, text: value, anchor, toc: level <= 2, ...options };
  }

  blocks(): Block[] {
    const { plan, labels } = this;
    return [
      this.heading(1, labels.introduction, 'introduction'),
      ...plan.introduction.map((p) => paragraph(p)),
      this.heading(1, labels.profile, 'profile'),
      ...plan.profile.map((p) => paragraph(p)),
      ...this.domains(),
      ...plan.lessonTables.flatMap((table, index) => this.lessonTable(table, index === 0)),
      ...this.courses(),
      ...this.qualification(),
      ...this.coverage(),
      ...this.revisions(),
      ...this.annex(),
    ];
  }

  /**
   * The domains of competence, in loops rather than callbacks: a callback is a function made per document, whose
   * optimized code (with this one's content inlined) V8 drops at every full collection and makes again.
   */
  private domains(): Block[] {
    const { labels } = this;
    const blocks: Block[] = [];
    for (const domain of this.plan.domains) {
      const domainMarker = this.marker(domain);
      blocks.push(this.heading(1, `${labels.domain} ${domain.id}${this.colon} ${domain.title}`, anchorId('domain', domain.id), { newPage: true, runningHead: `${domain.id}. ${domain.title}`, ...(domainMarker ? { marker: domainMarker } : {}) }));
      for (const competence of domain.competences) blocks.push(...this.competence(competence));
    }
    return blocks;
  }

  private competence(competence: Competence): Block[] {
    const { labels } = this;
    const competenceMarker = this.marker(competence);
    const citedBy = this.document.citedByCourses.get(competence.id) ?? [];
    const columns = ['methodological', 'social', 'personal'] as const;
    const interdisciplinary: TableBlock = {
      kind: 'table',
      columns: columns.map((column) => ({ header: labels[column], width: 1 })),
      rows: [{ cells: columns.map((column) => cell(competence.interdisciplinary[column].map((name) => ({ spans: [text(name)] })))) }],
    };
    const hasInterdisciplinary = columns.some((column) => competence.interdisciplinary[column].length > 0);
    const blocks: Block[] = [
      this.heading(2, `${competence.id} ${competence.title}`, anchorId('competence', competence.id), competenceMarker ? { marker: competenceMarker } : {}),
      paragraph(this.withMarker([text(`${labels.generalObjective} — `, { weight: 'bold' }), text(competence.generalObjective.text)], competence.generalObjective)),
      ...(hasInterdisciplinary ? [interdisciplinary] : []),
      paragraph(
        citedBy.length > 0
          ? [text(`${labels.citedBy} `), ...joined(citedBy.map((course) => text(course.title, { link: anchorId('course', course.id) })))]
          : [text(labels.notCited, { tone: 'muted' })],
        { size: 'small' },
      ),
    ];
    for (const objective of competence.objectives) blocks.push(...this.particularObjective(objective));
    return blocks;
  }

  private particularObjective(objective: ParticularObjective): Block[] {
    const { labels, plan } = this;
    const objectiveMarker = this.marker(objective);
    const blocks: Block[] = [
      this.heading(3, `${labels.particularObjective} ${objective.id}`, anchorId('particular-objective', objective.id), objectiveMarker ? { marker: objectiveMarker } : {}),
      paragraph(objective.text),
    ];
    if (objective.evaluation.length === 0) return blocks;
    blocks.push({
      kind: 'table',
      columns: [
        { header: labels.id, width: 1 },
        { header: `${labels.evaluationObjective} — ${plan.evaluationStem}`, width: 5.2 },
        { header: labels.level, width: 1.15, align: 'center' },
        ...learningPlaces.map((place) => ({ header: labels[place], width: 1.05, align: 'center' as const })),
      ],
      rows: this.evaluationRows(objective),
    });
    return blocks;
  }

  /** An objective's evaluation objectives, one row each: level and a check under each learning place. */
  private evaluationRows(objective: ParticularObjective): TableRow[] {
    const rows: TableRow[] = [];
    for (const evaluation of objective.evaluation) {
      const cells = [cell(evaluation.id, { header: true }), cell(this.withMarker([text(evaluation.text)], evaluation)), cell(evaluation.level)];
      for (const place of learningPlaces) cells.push(cell(evaluation.places.includes(place) ? CHECK : ''));
      rows.push({ anchor: anchorId('evaluation-objective', evaluation.id), cells });
    }
    return rows;
  }

  private lessonTable(table: LessonTable, first: boolean): Block[] {
    const row = (r: LessonRow, emphasis?: 'total') => ({
      ...(emphasis ? { emphasis } : {}),
      cells: [
        cell([text(r.title, r.domain && this.document.domains.has(r.domain) ? { link: anchorId('domain', r.domain) } : {}), ...(r.mark ? [text(` ${r.mark}`)] : [])], { header: true }),
        cell(String(r.total)),
        ...r.perYear.map((n) => cell(n === 0 ? '' : String(n))),
      ],
    });
    return [
      this.heading(1, table.title, anchorId('lesson-table', table.id), { newPage: first }),
      {
        kind: 'table',
        columns: [
          { header: table.rowHeading, width: 4 },
          { header: table.totalHeading, width: 1.3, align: 'right' },
          ...table.yearHeadings.map((heading) => ({ header: heading, width: 1.2, align: 'right' as const })),
        ],
        rows: [...table.sections.flatMap((s) => [...s.rows.map((r) => row(r)), ...(s.subtotal ? [row(s.subtotal, 'total')] : [])]), ...(table.total ? [row(table.total, 'total')] : [])],
      },
      ...table.notes.map((note) => paragraph(`${note.mark ? `${note.mark} ` : ''}${note.text}`, { size: 'small' })),
    ];
  }

  private courses(): Block[] {
    const { labels, plan } = this;
    const ci = plan.interCompanyCourses;
    return [
      this.heading(1, labels.interCompanyCourses, 'courses', { newPage: true }),
      ...ci.purpose.map((p) => paragraph(p)),
      paragraph(this.withMarker([text(ci.responsibleBody.text)], ci.responsibleBody)),
      ...ci.otherBodies.map((body) => paragraph(body, { bullet: '•' })),
      ...ci.courses.flatMap((course) => this.course(course)),
      ...ci.notes.map((note) => paragraph(this.withMarker([text(note.text)], note))),
    ];
  }

  private course(course: InterCompanyCourse): Block[] {
    const { labels } = this;
    const courseMarker = this.marker(course);
    const hours = course.hours ?? course.days * course.hoursPerDay;
    return [
      this.heading(2, course.title, anchorId('course', course.id), courseMarker ? { marker: courseMarker } : {}),
      paragraph([text(`${course.period} — ${course.days} ${labels.days.toLowerCase()} × ${course.hoursPerDay} ${labels.hours} = ${hours} ${labels.hours}`)]),
      paragraph(course.themes),
      {
        kind: 'table',
        columns: [
          { header: labels.contentsColumn, width: 3 },
          { header: labels.focus, width: 2 },
        ],
        rows: course.program.blocks.map((block) => ({
          cells: [
            cell([
              ...(block.heading ? [{ spans: [text(block.heading, { weight: 'bold' as const })] }] : []),
              ...block.contents.map((citation) => {
                const kind = this.document.competences.has(citation.ref) ? 'competence' : 'domain';
                return { spans: [text(citation.ref, { link: anchorId(kind, citation.ref) }), text(` ${citation.title}`)] };
              }),
            ]),
            cell(block.focus.map((focus) => ({ spans: this.withMarker([text(focus.text)], focus), bullet: '–' }))),
          ],
        })),
      },
      paragraph(`${labels.days}${this.colon} ${course.program.days ?? course.days}`),
    ];
  }

  private qualification(): Block[] {
    const { labels, plan } = this;
    return [
      this.heading(1, labels.qualification, 'qualification', { newPage: true }),
      ...plan.qualification.organisation.map((p) => paragraph(p, { bullet: '•' })),
      ...plan.qualification.areas.flatMap((area) => this.qualificationArea(area)),
      ...plan.qualification.evaluation.map((p) => paragraph(p)),
    ];
  }

  private qualificationArea(area: QualificationArea): Block[] {
    const { labels } = this;
    const areaMarker = this.marker(area);
    const blocks: Block[] = [this.heading(2, area.title, anchorId('qualification-area', area.id), areaMarker ? { marker: areaMarker } : {}), ...area.text.map((p) => paragraph(p))];
    if (area.durations.length > 0) {
      const hours = new Intl.NumberFormat(this.plan.language).format;
      blocks.push(paragraph(`${labels.duration}${this.colon} ${area.durations.map((d) => `${labels[d.form]} ${hours(d.hours)}${d.maxHours ? `–${hours(d.maxHours)}` : ''} ${labels.hours}`).join(', ')}`));
    }
    if (area.positions.length > 0) {
      const hasWeights = area.positions.some((p) => p.weight !== undefined);
      blocks.push({
        kind: 'table',
        columns: [
          { header: labels.position, width: 5 },
          { header: labels.domain, width: 2 },
          { header: labels.form, width: 1.2 },
          ...(hasWeights ? [{ header: labels.weight, width: 1.4, align: 'right' as const }] : []),
        ],
        rows: [
          ...area.positions.map((p) => ({
            cells: [
              cell(p.title, { header: true }),
              cell(p.domain ? [text(p.domain, this.document.domains.has(p.domain) ? { link: anchorId('domain', p.domain) } : {})] : ''),
              cell(p.form ? labels[p.form] : ''),
              ...(hasWeights ? [cell(p.weight !== undefined ? `${p.weight} %` : '')] : []),
            ],
          })),
          ...(hasWeights
            ? [{ emphasis: 'total' as const, cells: [cell(labels.total, { header: true }), cell(''), cell(''), cell(`${area.positions.reduce((sum, p) => sum + (p.weight ?? 0), 0)} %`)] }]
            : []),
        ],
      });
    }
    return blocks;
  }

  private coverage(): Block[] {
    const { labels, document } = this;
    return [
      this.heading(1, labels.coverage, 'coverage', { newPage: true }),
      this.heading(2, labels.placesByCompetence, 'coverage-places'),
      matrixTable(placesByCompetence(document), labels.competence, learningPlaces.map((place) => labels[place]), labels),
      this.heading(2, labels.levelsByDomain, 'coverage-levels'),
      matrixTable(levelsByDomain(document), labels.domain, levelsByDomain(document).columns, labels),
    ];
  }

  private revisions(): Block[] {
    const { labels, plan, document } = this;
    const generalObjectives = new Map<string, Span[]>();
    for (const competence of plan.domains.flatMap((d) => d.competences)) {
      const revision = competence.generalObjective.added ?? competence.generalObjective.changed;
      if (revision) generalObjectives.set(revision, [...(generalObjectives.get(revision) ?? []), text(`${labels.generalObjective} ${competence.id}`, { link: anchorId('competence', competence.id) })]);
    }
    return [
      this.heading(1, labels.revisions, 'revisions', { newPage: true }),
      ...plan.approvals.flatMap(approvalBlocks),
      ...revisionBlocks(plan.revisions, document.items, document.revisions, labels, plan.language, generalObjectives),
    ];
  }

  private annex(): Block[] {
    const { labels, plan } = this;
    const { annex } = plan;
    const documentsMarker = this.marker(annex.documents);
    const groups = ['methodological', 'social', 'personal'] as const;
    return [
      this.heading(1, labels.annex, 'annex', { newPage: true }),
      ...annex.introduction.map((p) => paragraph(p)),
      this.heading(2, annex.documents.title, anchorId('annex-documents', annex.documents.id), documentsMarker ? { marker: documentsMarker } : {}),
      {
        kind: 'table',
        size: 'small',
        columns: [
          { header: labels.documents, width: 4 },
          { header: labels.date, width: 1.3 },
          { header: labels.source, width: 2.6 },
        ],
        rows: annex.documents.rows.map((row) => ({ cells: [cell(row.title, { header: true }), cell(row.date), cell(row.source)] })),
      },
      this.heading(2, labels.taxonomyLevels, 'taxonomy-levels'),
      ...annex.taxonomyLevels.map((level) => paragraph([text(`${level.level} – ${level.title}${this.colon} `, { weight: 'bold' }), text(level.description)])),
      this.heading(2, labels.interdisciplinaryCompetences, 'interdisciplinary-competences'),
      ...groups.flatMap((group) => {
        const entries = annex.interdisciplinaryCompetences.filter((c) => c.group === group);
        if (entries.length === 0) return [];
        return [
          this.heading(3, labels[group], `interdisciplinary-${group}`),
          ...entries.map((entry) => paragraph([text(`${entry.title}${this.colon} `, { weight: 'bold' }), text(entry.description)])),
        ];
      }),
      ...annex.methodology.map((p) => paragraph(p)),
    ];
  }
}
