import type { Rule } from '../rule.js';

export default {
  id: 'revision-ref',
  description: 'Items marked as added or changed name an existing revision, and each revision\'s changes name existing items.',
  severity: 'error',
  appliesTo: 'any',
  run(document, report) {
    const markedNodes: object[] = [];
    for (const item of document.items) markedNodes.push(item.node);
    if (document.kind === 'training-plan') {
      const { plan } = document;
      markedNodes.push(...plan.domains.flatMap((d) => d.competences.map((c) => c.generalObjective)));
      markedNodes.push(plan.interCompanyCourses.responsibleBody, ...plan.interCompanyCourses.notes);
      markedNodes.push(...plan.interCompanyCourses.courses.flatMap((c) => c.program.blocks.flatMap((b) => b.focus)));
    }
    for (const node of markedNodes) {
      const marks = node as { added?: string; changed?: string };
      for (const key of ['added', 'changed'] as const) {
        const ref = marks[key];
        if (ref !== undefined && !document.revisions.has(ref)) {
          report({ node, key, message: `marked as ${key} by revision "${ref}", which the document's revisions do not list`, actual: ref });
        }
      }
    }
    const ids = new Set(document.items.map((item) => item.id));
    for (const revision of document.revisions.values()) {
      for (const change of revision.changes) {
        change.items.forEach((id, index) => {
          if (!ids.has(id)) report({ node: change.items, key: index, message: `revision ${revision.id} lists a change to "${id}", which is not an item of the document`, actual: id });
        });
      }
    }
  },
} satisfies Rule;
