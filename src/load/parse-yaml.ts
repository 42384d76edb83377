import { constructFromEvents, parseEvents } from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';
import type { SourceFile } from './source-file.js';

/** js-yaml's event stream of a file: the value is built from it, and positions when a finding needs them. */
export type YamlEvents = ReturnType<typeof parseEvents>;

export type ParseResult = { value: unknown; events: YamlEvents } | { error: { message: string; line: number; column: number } };

/** Aliases per file; far more than an author needs, far fewer than an alias bomb needs. */
const MAX_ALIASES = 100;

/**
 * Parses one YAML file with js-yaml (several times faster than `yaml`, see NOTES.md) into its event stream and
 * value. A syntax error is reported where js-yaml found it; one it cannot place is placed by `yaml`.
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
  const { mark, reason } = fastError as { mark?: { line: number; column: number }; reason?: string };
  if (mark && reason) return { message: reason, line: mark.line + 1, column: mark.column + 1 };
  // No position from js-yaml (e.g. more than one document): `yaml` says where.
  const lines = new LineCounter();
  const first = parseDocument(file.text, { lineCounter: lines, prettyErrors: false }).errors[0];
  if (first) {
    const { line, col } = lines.linePos(first.pos[0]);
    return { message: firstLine(first.message), line, column: col };
  }
  return { message: fastError instanceof Error ? fastError.message : String(fastError), line: 1, column: 1 };
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
