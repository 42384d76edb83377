import { getScalarValue } from 'js-yaml';
import type { SourcePosition } from '../diagnostics.js';
import type { YamlEvents } from './parse-yaml.js';
import type { SourceFile } from './source-file.js';
import type { Path } from './source-map.js';

// js-yaml's event ids (EVENT_ID): a flat stream that references the source by offsets.
const MAPPING = 3;
const SEQUENCE = 2;
const SCALAR = 4;
const ALIAS = 5;
const POP = 6;
const DOUBLE_QUOTED = 3;
const SINGLE_QUOTED = 2;
const LITERAL_BLOCK = 4;
const FOLDED_BLOCK = 5;


/** A YAML node's extent in the source, with its children, just enough to find a path's node. */
interface SourceNode {
  start: number;
  end: number;
  /** Scalar text, for matching mapping keys. */
  text?: string;
  entries?: { key: SourceNode; value: SourceNode }[];
  items?: SourceNode[];
}

/**
 * The node tree of one file, built from the js-yaml event stream its value was built from, for turning a path
 * into an exact source position. Built only for files that have a finding.
 */
export class SourceTree {
  private readonly root: SourceNode | undefined;
  private readonly lineStarts: number[];

  constructor(
    private readonly file: SourceFile,
    events: YamlEvents,
  ) {
    let index = 0;
    const text = file.text;
    const node = (): SourceNode => {
      const event = events[index++]!;
      if (event.type === SCALAR) {
        const quoted = event.style === DOUBLE_QUOTED || event.style === SINGLE_QUOTED;
        const block = event.style === LITERAL_BLOCK || event.style === FOLDED_BLOCK;
        const start = quoted ? event.valueStart - 1 : block ? blockHeaderStart(text, event.valueStart) : event.valueStart;
        const end = quoted ? event.valueEnd + 1 : block ? trimmedEnd(text, event.valueEnd) : event.valueEnd;
        return { start, end, text: getScalarValue(text, event) };
      }
      if (event.type === ALIAS) return { start: event.anchorStart - 1, end: event.anchorEnd };
      if (event.type === MAPPING || event.type === SEQUENCE) {
        const collection: SourceNode = { start: event.start, end: event.start + 1 };
        const children: SourceNode[] = [];
        while (events[index] && events[index]!.type !== POP) children.push(node());
        index++;
        if (event.type === MAPPING) {
          collection.entries = [];
          for (let i = 0; i + 1 < children.length; i += 2) collection.entries.push({ key: children[i]!, value: children[i + 1]! });
        } else collection.items = children;
        collection.end = Math.max(collection.end, ...children.map((c) => c.end));
        return collection;
      }
      return node(); // a document event: its content follows
    };
    this.root = events.length ? node() : undefined;
    this.lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  /** Position of the deepest node along `path` (the parent of a missing key), or of the last key matched. */
  locate(path: Path, part: 'value' | 'key'): SourcePosition {
    let node = this.root;
    let key: SourceNode | undefined;
    for (const segment of path) {
      const next = childOf(node, segment);
      if (!next) {
        key = undefined;
        break;
      }
      node = next.value;
      key = next.key;
    }
    const target = part === 'key' && key ? key : node;
    const start = target?.start ?? 0;
    const end = Math.max(start, target?.end ?? 0);
    const from = this.lineAndColumn(start);
    const to = this.lineAndColumn(end);
    return { file: this.file.path, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }

  private lineAndColumn(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (this.lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low]! + 1 };
  }
}

function childOf(node: SourceNode | undefined, segment: Path[number]): { key?: SourceNode; value: SourceNode } | undefined {
  if (node?.entries) return node.entries.find((entry) => entry.key.text === String(segment));
  if (node?.items && typeof segment === 'number' && node.items[segment]) return { value: node.items[segment] };
  return undefined;
}

/** A block scalar's node starts at its `|` or `>` header, on the line of its key. */
function blockHeaderStart(text: string, contentStart: number): number {
  const header = Math.max(text.lastIndexOf('|', contentStart - 1), text.lastIndexOf('>', contentStart - 1));
  return header >= 0 ? header : contentStart;
}

function trimmedEnd(text: string, end: number): number {
  let at = end;
  while (at > 0 && /\s/.test(text[at - 1]!)) at--;
  return at;
}

