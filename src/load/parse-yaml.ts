import { constructFromEvents, parseEvents } from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';
import type { SourceFile } from './source-file.js';

/** js-yaml's event stream of a file: the value is built from it, and positions when a finding needs them. */
export type YamlEvents = ReturnType<typeof parseEvents>;

export type ParseResult = { value: unknown; events: YamlEvents } | { error: { message: string; line: number; column: number } };

/** Aliases per file; far more than an author needs, far fewer than an alias bomb needs. */
const MAX_ALIASES = 100;

/**
 * Parses one YAML file with js-yaml (several times faster than `yaml`, see NOTES.md). When it fails, the file is
 * parsed again with `yaml`, whose messages and positions are clearer, to describe the first error.
 */
export function parseYaml(file: SourceFile): ParseResult {
  if (file.text.trim() === '') return { error: { message: 'the file is empty', line: 1, column: 1 } };
  try {
    const events = parseEvents(file.text, { filename: file.path });
    const documents = constructFromEvents(events, { source: file.text, filename: file.path, maxAliases: MAX_ALIASES });
    if (documents.length !== 1) throw new Error('a source file holds exactly one YAML document');
    return { value: documents[0], events };
  } catch (fastError) {
    return { error: describeSyntaxError(file, fastError) };
  }
}

function describeSyntaxError(file: SourceFile, fastError: unknown): { message: string; line: number; column: number } {
  const lines = new LineCounter();
  const document = parseDocument(file.text, { lineCounter: lines, prettyErrors: false });
  const first = document.errors[0];
  if (first) {
    const { line, col } = lines.linePos(first.pos[0]);
    return { message: firstLine(first.message), line, column: col };
  }
  const mark = (fastError as { mark?: { line: number; column: number } }).mark;
  const reason = (fastError as { reason?: string }).reason ?? String(fastError);
  return { message: reason, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1 };
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
