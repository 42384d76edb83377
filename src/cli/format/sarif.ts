import type { FormatInput } from './index.js';

/** SARIF 2.1.0, for code-scanning upload: one run, the rule catalogue as the driver's rules. */
export function formatSarif({ diagnostics, ruleCatalogue, toolVersion }: FormatInput): string {
  const ruleIds = [...new Set([...ruleCatalogue.map((r) => r.id), ...diagnostics.map((d) => d.ruleId)])];
  const describe = new Map(ruleCatalogue.map((r) => [r.id, r]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'curric',
            version: toolVersion,
            informationUri: 'https://github.com/curric/curric',
            rules: ruleIds.map((id) => {
              const rule = describe.get(id);
              return {
                id,
                shortDescription: { text: rule?.description ?? 'Source loading and schema validation.' },
                defaultConfiguration: { level: rule?.severity ?? 'error' },
              };
            }),
          },
        },
        columnKind: 'unicodeCodePoints',
        results: diagnostics.map((d) => ({
          ruleId: d.ruleId,
          ruleIndex: ruleIds.indexOf(d.ruleId),
          level: d.severity,
          message: { text: d.message },
          ...(d.position
            ? {
                locations: [
                  {
                    physicalLocation: {
                      artifactLocation: { uri: d.position.file.split('\\').join('/') },
                      region: { startLine: d.position.line, startColumn: d.position.column, endLine: d.position.endLine, endColumn: d.position.endColumn },
                    },
                  },
                ],
              }
            : {}),
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
