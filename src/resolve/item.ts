/** An identified item of a document: what the id rules, revision references and anchors work on. */
export interface Item {
  id: string;
  kind: string;
  node: object & { added?: string | undefined; changed?: string | undefined };
  /** The item whose id this one's must extend (`3.2.2` for `3.2.2.4`). */
  parent?: { id: string };
  /** Items that restate another (the overview row of a detailed learning field) live in their own namespace. */
  namespace?: string;
}

/** Id → first item with that id; duplicates are the unique-ids rule's business. */
export function firstById<T extends { id: string }>(items: Iterable<T>): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}
