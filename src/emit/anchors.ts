/** Stable fragment ids of a handbook's items, shared by every emitter so that links agree. */
const prefixes: Record<string, string> = {
  domain: 'dom-',
  competence: 'comp-',
  'particular-objective': 'obj-',
  'evaluation-objective': 'obj-',
  module: 'mod-',
  'learning-field': 'lf-',
  'competence-dimension': 'cd-',
  'work-situation': 'ws-',
  'performance-criterion': 'crit-',
};

/** `#obj-3.2.2.4`, `#ws-a.5`, `#lf-5.3`; ids that carry their own prefix (`ci-I`, `qa-1`, `rev-2020`) stay as they are. */
export function anchorId(kind: string, id: string): string {
  return `${prefixes[kind] ?? ''}${id}`;
}

/** Swiss date notation (20.08.2020), used for every language. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}
