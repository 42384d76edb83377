import type { Diagnostic, Severity } from '../../diagnostics.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export interface FormatInput {
  diagnostics: readonly Diagnostic[];
  documentCount: number;
  toolVersion: string;
  ruleCatalogue: readonly { id: string; description: string; severity: Severity }[];
  /** Source text of a file by its display path, for code frames. */
  sourceText: (file: string) => string | undefined;
  colour: boolean;
}

export const formats = { text: formatText, json: formatJson, sarif: formatSarif, github: formatGithub } as const;
export type FormatName = keyof typeof formats;
