import type { Item } from '../../resolve/index.js';
import type { Rule } from '../rule.js';

/** The number an id ends with (`3.2.2.4` → 4, `a.5` → 5, `a.1.k2` → 2), if any. */
function trailingNumber(id: string): number | undefined {
  const match = /(\d+)$/.exec(id);
  return match ? Number(match[1]) : undefined;
}

/** Siblings: items of one kind under one parent (or at top level), and for criteria of one letter group. */
function siblingKey(item: Item): string {
  const group = /\.([a-z]+)\d+$/.exec(item.id)?.[1] ?? '';
  return `${item.namespace ?? ''}|${item.kind}|${item.parent?.id ?? ''}|${group}`;
}

export default {
  id: 'numbering',
  description: 'Siblings are numbered 1, 2, 3 … in order, without gaps or repeats.',
  severity: 'warning',
  appliesTo: 'any',
  run(document, report) {
    const groups = new Map<string, Item[]>();
    for (const item of document.items) {
      if (trailingNumber(item.id) === undefined || item.kind === 'revision') continue;
      const key = siblingKey(item);
      groups.set(key, [...(groups.get(key) ?? []), item]);
    }
    for (const siblings of groups.values()) {
      siblings.forEach((item, index) => {
        // Each number follows the one before it, so that one slip is reported once, not at every later sibling.
        const previous = index === 0 ? undefined : trailingNumber(siblings[index - 1]!.id)!;
        const expected = previous === undefined ? 1 : previous + 1;
        const actual = trailingNumber(item.id)!;
        if (actual === expected) return;
        const problem = actual === previous ? 'repeats the number before it' : actual > expected ? 'leaves a gap' : 'is out of order';
        report({ node: item.node, key: 'id', message: `${item.kind} "${item.id}" ${problem}: expected number ${expected}, found ${actual}`, expected, actual });
      });
    }
  },
} satisfies Rule;
