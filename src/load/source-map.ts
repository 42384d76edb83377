import { LineCounter, isMap, isSeq, isScalar, isAlias, parseDocument, type Document, type Node } from 'yaml';
import type { SourcePosition } from '../diagnostics.js';
import type { SourceFile } from './source-file.js';

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

/** Where a loaded object or array came from: its file and its path inside that file's YAML. */
export interface Origin {
  file: SourceFile;
  path: Path;
}

interface PositionedDocument {
  document: Document;
  lines: LineCounter;
}

/**
 * Maps loaded values back to YAML source positions.
 *
 * Sources are parsed with a fast parser that keeps no positions; every object and array is registered here with
 * its file and path instead. Only when a finding is reported is its file parsed again with `yaml`'s document API
 * (once per file) to turn the path into line and column — most files never need it.
 */
export class SourceMap {
  private readonly origins = new WeakMap<object, Origin>();
  private readonly positioned = new Map<SourceFile, PositionedDocument>();

  /**
   * Registers every collection in `value` as coming from `file`. Returns the path of the first collection met
   * twice (a YAML alias of a mapping or sequence), which the loader refuses, or undefined.
   */
  register(value: unknown, file: SourceFile, path: Path = []): Path | undefined {
    if (typeof value !== 'object' || value === null) return undefined;
    if (this.origins.has(value)) return path;
    this.origins.set(value, { file, path });
    const entries: [PathSegment, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    for (const [key, child] of entries) {
      const aliased = this.register(child, file, [...path, key]);
      if (aliased) return aliased;
    }
    return undefined;
  }

  /** Gives the collections of `copy` (Zod's parsed output) the origins of their counterparts in `original`. */
  carryOver(original: unknown, copy: unknown, fallback?: Origin, key?: PathSegment): void {
    if (typeof copy !== 'object' || copy === null) return;
    const origin =
      (typeof original === 'object' && original !== null ? this.origins.get(original) : undefined) ??
      (fallback && key !== undefined ? { file: fallback.file, path: [...fallback.path, key] } : fallback);
    if (origin) this.origins.set(copy, origin);
    const source = (typeof original === 'object' && original !== null ? original : {}) as Record<PathSegment, unknown>;
    const entries: [PathSegment, unknown][] = Array.isArray(copy) ? copy.map((v, i) => [i, v]) : Object.entries(copy);
    for (const [childKey, child] of entries) this.carryOver(source[childKey], child, origin, childKey);
  }

  origin(node: object): Origin | undefined {
    return this.origins.get(node);
  }

  /** Position of `node` (or of its `key`'s value, or the key itself with part 'key'). */
  locate(node: object, key?: PathSegment, part: 'value' | 'key' = 'value'): SourcePosition | undefined {
    const origin = this.origins.get(node);
    if (!origin) return undefined;
    return this.locatePath(origin.file, key === undefined ? origin.path : [...origin.path, key], part);
  }

  /** Position of the deepest node along `path` that exists in the file (the parent of a missing key). */
  locatePath(file: SourceFile, path: Path, part: 'value' | 'key' = 'value'): SourcePosition {
    const { document, lines } = this.positionedDocument(file);
    let node: Node | null | undefined = document.contents as Node | null;
    let keyNode: Node | undefined;
    for (const segment of path) {
      const next = childOf(node, segment, document);
      if (!next) {
        keyNode = undefined;
        break;
      }
      node = next.value ?? next.key ?? node;
      keyNode = next.key;
    }
    const target = part === 'key' && keyNode ? keyNode : node;
    const [start, end] = target?.range ?? [0, 0];
    const from = lines.linePos(start);
    const to = lines.linePos(Math.max(start, end));
    return { file: file.path, line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  }

  private positionedDocument(file: SourceFile): PositionedDocument {
    let entry = this.positioned.get(file);
    if (!entry) {
      const lines = new LineCounter();
      const document = parseDocument(file.text, { lineCounter: lines, keepSourceTokens: false, uniqueKeys: false });
      entry = { document, lines };
      this.positioned.set(file, entry);
    }
    return entry;
  }
}

function childOf(node: Node | null | undefined, segment: PathSegment, document: Document): { key?: Node; value?: Node } | undefined {
  const resolved = isAlias(node) ? (node.resolve(document) as Node | undefined) : node;
  if (isMap(resolved)) {
    for (const pair of resolved.items) {
      const key = pair.key as Node | null;
      if (isScalar(key) && String(key.value) === String(segment)) {
        return { key, value: (pair.value as Node | null) ?? undefined };
      }
    }
  } else if (isSeq(resolved) && typeof segment === 'number') {
    const item = resolved.items[segment] as Node | undefined;
    if (item) return { value: item };
  }
  return undefined;
}
