import type { Diagnostic } from '../../diagnostics.js';
import type { ResolvedDocument, ResolvedTrainingPlan } from '../../resolve/index.js';
import type { LearningPlace } from '../../validate/schema/training-plan.js';
import { learningPlaces } from '../coverage.js';
import { renderTemplate } from './render.js';
import { teachingPlanView } from './teaching-plan-view.js';
import { trainingPlanView, type TrainingPlanView } from './training-plan-view.js';

export { renderTemplate } from './render.js';

/** Output file names of a document's HTML, relative to the output directory. */
export const htmlFileNames = {
  handbook: (id: string) => `${id}.html`,
  extract: (id: string, place: LearningPlace) => `${id}.${place}.html`,
};

/** Phase 5 (HTML): a document's self-contained handbook, plus for a training plan one extract per learning place. */
export function renderHtml(document: ResolvedDocument, diagnostics: readonly Diagnostic[]): Map<string, string> {
  const files = new Map<string, string>();
  const handbook = htmlFileNames.handbook(document.id);
  if (document.kind === 'teaching-plan') {
    files.set(handbook, renderTemplate('teaching-plan', teachingPlanView(document, diagnostics)));
    return files;
  }
  const view = trainingPlanView(document, diagnostics, { handbook, extract: (place) => htmlFileNames.extract(document.id, place) });
  files.set(handbook, renderTemplate('training-plan', view));
  for (const place of learningPlaces) files.set(htmlFileNames.extract(document.id, place), renderTemplate('extract', extractView(view, document, place)));
  return files;
}

/** What one learning place must teach: the evaluation objectives assigned to it, by domain and competence. */
function extractView(view: TrainingPlanView, document: ResolvedTrainingPlan, place: LearningPlace) {
  const placeIndex = learningPlaces.indexOf(place);
  // loops, not callbacks: a callback made per document is optimized again after every full garbage collection
  const domains = [];
  for (const domain of view.domains) {
    const competences = [];
    for (const competence of domain.competences) {
      const objectives = [];
      for (const objective of competence.objectives) {
        for (const evaluation of objective.evaluation) if (evaluation.places[placeIndex] !== '') objectives.push(evaluation);
      }
      if (objectives.length > 0) competences.push({ anchor: competence.anchor, heading: competence.heading, objectives });
    }
    if (competences.length > 0) domains.push({ heading: domain.heading, competences });
  }
  return {
    lang: view.lang,
    labels: view.labels,
    title: `${view.labels.extractFor} ${view.labels[place]} — ${view.title}`,
    heading: `${view.labels.extractFor} ${view.labels[place]}`,
    documentTitle: view.documentTitle,
    profession: document.plan.profession,
    evaluationStem: view.evaluationStem,
    handbookHref: view.handbookHref,
    domains,
  };
}
