import type { Competence, TrainingPlan } from '../validate/schema/training-plan.js';
import { normalizeText } from '../text/normalize.js';
import { editDistance } from '../text/suggest.js';

type ColumnName = 'methodological' | 'social' | 'personal';

export interface CatalogueMatch {
  competence: Competence;
  name: ColumnName;
  index: number;
  cited: { title: string; match: 'exact' } | { title: string; match: 'similar'; catalogueTitle: string } | { title: string; match: 'none' };
}

/** Shared words count more than letters: "Utilisation des sources d'information" is "Exploitation des sources d'information". */
function similarity(a: string, b: string): number {
  const wordsA = new Set(a.split(' '));
  const wordsB = new Set(b.split(' '));
  const shared = [...wordsA].filter((w) => wordsB.has(w)).length;
  const wordScore = shared / Math.max(wordsA.size, wordsB.size);
  const letterScore = 1 - editDistance(a, b) / Math.max(a.length, b.length);
  return Math.max(wordScore, letterScore);
}

const SIMILAR_ENOUGH = 0.6;

/** Matches every interdisciplinary competence a competence cites against the annex catalogue, by name. */
export function matchCatalogue(plan: TrainingPlan): CatalogueMatch[] {
  const catalogue = plan.annex.interdisciplinaryCompetences.map((entry) => ({ title: entry.title, key: normalizeText(entry.title) }));
  const exact = new Set(catalogue.map((entry) => entry.key));
  // The same few names are cited again and again: score each distinct one once.
  const closestEntry = new Map<string, { title: string; score: number } | undefined>();
  const closestTo = (key: string) => {
    if (!closestEntry.has(key)) {
      const best = catalogue.map((entry) => ({ title: entry.title, score: similarity(key, entry.key) })).sort((a, b) => b.score - a.score)[0];
      closestEntry.set(key, best);
    }
    return closestEntry.get(key);
  };
  const matches: CatalogueMatch[] = [];
  for (const competence of plan.domains.flatMap((domain) => domain.competences)) {
    for (const name of ['methodological', 'social', 'personal'] as const) {
      competence.interdisciplinary[name].forEach((title, index) => {
        const key = normalizeText(title);
        if (exact.has(key)) {
          matches.push({ competence, name, index, cited: { title, match: 'exact' } });
          return;
        }
        const best = closestTo(key);
        matches.push({
          competence,
          name,
          index,
          cited: best && best.score >= SIMILAR_ENOUGH ? { title, match: 'similar', catalogueTitle: best.title } : { title, match: 'none' },
        });
      });
    }
  }
  return matches;
}
