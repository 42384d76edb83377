import { z } from 'zod';
import type { Diagnostic } from '../diagnostics.js';
import type { LoadedDocument, SourceMap } from '../load/index.js';
import type { Path, PathSegment } from '../load/source-map.js';
import { closest } from '../text/suggest.js';
import { TeachingPlan, TrainingPlan, type CurriculumDocument } from './schema/index.js';

export type { CurriculumDocument } from './schema/index.js';

const schemas = { 'training-plan': TrainingPlan, 'teaching-plan': TeachingPlan } as const;
type Kind = keyof typeof schemas;

/** A document that passed its schema, with the files it came from. */
export interface ValidDocument {
  document: CurriculumDocument;
  loaded: LoadedDocument;
}

/**
 * Phase 2: checks a loaded document against the Zod schema of its kind. On success the parsed value (with
 * defaults filled in) keeps the source positions of the loaded one; on failure every issue becomes a diagnostic.
 */
export function validateDocument(loaded: LoadedDocument, sourceMap: SourceMap): { valid?: ValidDocument; diagnostics: Diagnostic[] } {
  const kind = loaded.value.kind;
  if (typeof kind !== 'string' || !(kind in schemas)) {
    const suggestion = typeof kind === 'string' ? closest(kind, Object.keys(schemas)) : undefined;
    return {
      diagnostics: [
        {
          ruleId: 'schema',
          severity: 'error',
          message: `unknown document kind ${JSON.stringify(kind)}; expected one of ${Object.keys(schemas).join(', ')}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
          expected: Object.keys(schemas).join(' | '),
          actual: String(kind),
          position: sourceMap.locate(loaded.value, 'kind'),
        },
      ],
    };
  }
  const schema = schemas[kind as Kind];
  const result = schema.safeParse(loaded.value);
  if (result.success) {
    sourceMap.carryOver(loaded.value, result.data);
    return { valid: { document: result.data, loaded }, diagnostics: [] };
  }
  const documentId = typeof loaded.value.id === 'string' ? loaded.value.id : undefined;
  const diagnostics = result.error.issues.flatMap((issue) => describeIssue(issue, loaded.value, schema, sourceMap));
  return { diagnostics: diagnostics.map((d) => (documentId ? { ...d, document: documentId } : d)) };
}

function describeIssue(issue: z.core.$ZodIssue, root: unknown, schema: z.ZodType, sourceMap: SourceMap): Diagnostic[] {
  const path = issue.path as PathSegment[];
  const { node, rest } = deepestCollection(root, path);
  const locate = (key?: PathSegment, part: 'value' | 'key' = 'value') => sourceMap.locate(node, key, part);
  const where = describePath(path);

  if (issue.code === 'unrecognized_keys') {
    const allowed = keysOfObjectSchema(schemaAt(schema, path));
    return issue.keys.map((key) => {
      const suggestion = closest(key, allowed);
      return diagnostic(
        `unknown key "${key}"${where ? ` in ${where}` : ''}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
        locate(rest.length ? undefined : key, 'key'),
        { actual: key, ...(suggestion ? { expected: suggestion } : {}) },
      );
    });
  }
  const value = valueAt(root, path);
  const key = rest.length === 1 ? rest[0] : undefined;
  if (value === undefined && issue.code === 'invalid_type') {
    return [diagnostic(`missing required key "${String(path.at(-1))}"${parentWhere(path)}`, locate(), { expected: issue.expected })];
  }
  if (issue.code === 'invalid_type') {
    const actual = typeName(value);
    const hint = issue.expected === 'string' && typeof value === 'number' ? `; quote it: "${String(value)}"` : '';
    return [diagnostic(`${where}: expected ${issue.expected}, found ${actual}${hint}`, locate(key), { expected: issue.expected, actual })];
  }
  if (issue.code === 'invalid_value') {
    const expected = issue.values.map((v) => String(v)).join(' | ');
    const suggestion = typeof value === 'string' ? closest(value, issue.values.map(String)) : undefined;
    return [
      diagnostic(`${where}: expected one of ${expected}, found ${JSON.stringify(value)}${suggestion ? `; did you mean "${suggestion}"?` : ''}`, locate(key), {
        expected,
        actual: String(value),
      }),
    ];
  }
  return [diagnostic(`${where}: ${lowerFirst(issue.message)}`, locate(key), value === undefined || typeof value === 'object' ? {} : { actual: String(value) })];
}

function diagnostic(message: string, position: Diagnostic['position'], values: { expected?: string; actual?: string }): Diagnostic {
  return { ruleId: 'schema', severity: 'error', message, ...(position ? { position } : {}), ...values };
}

/** The deepest object or array along `path` (positions are registered for collections) and the segments left. */
function deepestCollection(root: unknown, path: Path): { node: object; rest: Path } {
  let node = root as object;
  let index = 0;
  for (; index < path.length; index++) {
    const child = (node as Record<PathSegment, unknown>)[path[index]!];
    if (typeof child !== 'object' || child === null) break;
    node = child;
  }
  return { node, rest: path.slice(index) };
}

function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PathSegment, unknown>)[segment];
  }
  return value;
}

/** The schema that validates the value at `path`, following objects, arrays, optionals and defaults. */
function schemaAt(schema: z.ZodType, path: Path): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const segment of [...path, undefined]) {
    current = unwrap(current);
    if (segment === undefined) return current;
    if (current instanceof z.ZodObject) current = current.shape[segment as string] as z.ZodType | undefined;
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else return undefined;
  }
  return current;
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
  return current;
}

function keysOfObjectSchema(schema: z.ZodType | undefined): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** `domains[0].competences[2].title` — the way an author finds the place in the data. */
function describePath(path: Path): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

function parentWhere(path: Path): string {
  return path.length > 1 ? ` in ${describePath(path.slice(0, -1))}` : '';
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
