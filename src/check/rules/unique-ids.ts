import type { Rule } from '../rule.js';

export default {
  id: 'unique-ids',
  description: 'Every item of a document has an id no other item of the document has.',
  severity: 'error',
  appliesTo: 'any',
  run(document, report) {
    const seen = new Map<string, string>();
    for (const item of document.items) {
      const key = `${item.namespace ?? ''}\u0000${item.id}`;
      const first = seen.get(key);
      if (first) report({ node: item.node, key: 'id', message: `id "${item.id}" is already used by ${/^[aeiou]/.test(first) ? 'an' : 'a'} ${first}`, actual: item.id });
      else seen.set(key, item.kind);
    }
  },
} satisfies Rule;
