import type { Rule } from '../rule.js';

export default {
  id: 'id-hierarchy',
  description: "An item's id extends its parent's id by one segment (3.2.2.4 lives under 3.2.2).",
  severity: 'error',
  appliesTo: 'any',
  run(document, report) {
    for (const item of document.items) {
      if (!item.parent) continue;
      const prefix = `${item.parent.id}.`;
      const rest = item.id.slice(prefix.length);
      if (!item.id.startsWith(prefix) || rest === '' || rest.includes('.')) {
        report({
          node: item.node,
          key: 'id',
          message: `${item.kind} "${item.id}" lies under "${item.parent.id}", so its id must be "${item.parent.id}.<n>"`,
          expected: `${item.parent.id}.<n>`,
          actual: item.id,
        });
      }
    }
  },
} satisfies Rule;
