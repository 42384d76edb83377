import type { SourcePosition } from '../diagnostics.js';
import type { SourceFile } from './source-file.js';
import type { YamlEvents } from './parse-yaml.js';
import { SourceTree } from './source-tree.js';

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

/** Where a loaded object or array came from: its file, and its parent collection and key there. */
export interface Origin {
  file: SourceFile;
  parent?: Origin;
  key?: PathSegment;
}

/** The path of an origin inside its file. */
function pathOf(origin: Origin): PathSegment[] {
  const path: PathSegment[] = [];
  for (let at: Origin | undefined = origin; at?.key !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * Maps loaded values back to YAML source positions.
 *
 * Values are built from js-yaml's event stream, which keeps source offsets but no tree; every object and array
 * is registered here with its file and place instead. Only when a finding is reported is its file's node tree
 * built from the events (once per file) to turn the place into line and column — most files never need it.
 */
export class SourceMap {
  private readonly origins = new WeakMap<object, Origin>();
  private readonly trees = new Map<SourceFile, SourceTree>();
  private readonly events = new Map<SourceFile, YamlEvents>();

  /**
   * Registers every collection in `value` as coming from `file`. Returns the path of the first collection met
   * twice (a YAML alias of a mapping or sequence), which the loader refuses, or undefined.
   */
  register(value: unknown, file: SourceFile, events: YamlEvents): Path | undefined {
    this.events.set(file, events);
    return this.registerCollections(value, file, { file });
  }

  private registerCollections(value: unknown, file: SourceFile, origin: Origin): Path | undefined {
    if (typeof value !== 'object' || value === null) return undefined;
    if (this.origins.has(value)) return pathOf(origin);
    this.origins.set(value, origin);
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        const aliased = this.registerCollections(value[index], file, { file, parent: origin, key: index });
        if (aliased) return aliased;
      }
    } else {
      for (const key in value) {
        const aliased = this.registerCollections((value as Record<string, unknown>)[key], file, { file, parent: origin, key });
        if (aliased) return aliased;
      }
    }
    return undefined;
  }

  /** Gives the collections of `copy` (Zod's parsed output) the origins of their counterparts in `original`. */
  carryOver(original: unknown, copy: unknown, fallback?: Origin): void {
    if (typeof copy !== 'object' || copy === null) return;
    const origin = (typeof original === 'object' && original !== null ? this.origins.get(original) : undefined) ?? fallback;
    if (origin) this.origins.set(copy, origin);
    const source = (typeof original === 'object' && original !== null ? original : {}) as Record<PathSegment, unknown>;
    const target = copy as Record<PathSegment, unknown>;
    for (const key of Array.isArray(copy) ? copy.keys() : Object.keys(copy)) {
      this.carryOver(source[key], target[key], origin && { file: origin.file, parent: origin, key });
    }
  }

  /** Position of `node` (or of its `key`'s value, or of the key itself with part 'key'). */
  locate(node: object, key?: PathSegment, part: 'value' | 'key' = 'value'): SourcePosition | undefined {
    const origin = this.origins.get(node);
    if (!origin) return undefined;
    const path = pathOf(origin);
    return this.locatePath(origin.file, key === undefined ? path : [...path, key], part);
  }

  /** Position of the deepest node along `path` that exists in the file (the parent of a missing key). */
  locatePath(file: SourceFile, path: Path, part: 'value' | 'key' = 'value'): SourcePosition {
    let tree = this.trees.get(file);
    if (!tree) {
      tree = new SourceTree(file, this.events.get(file) ?? []);
      this.trees.set(file, tree);
    }
    return tree.locate(path, part);
  }
}
