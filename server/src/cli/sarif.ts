// SARIF 2.1.0, so a newsroom can run the checks in CI and see findings where code-scanning tools show them.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ArticleAnalysis, Severity } from '../analysis/schema';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function toSarif(items: { analysis: ArticleAnalysis; text: string }[], version: string): object {
  const results = items.flatMap(({ analysis, text }) => {
    const doc = TextDocument.create('file:///x', 'plaintext', 0, text);
    return analysis.diagnostics.map((d) => {
      const s = doc.positionAt(d.start);
      const e = doc.positionAt(d.end);
      return {
        ruleId: d.code,
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: analysis.file.split('\\').join('/') },
              region: { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, charOffset: d.start, charLength: d.end - d.start },
            },
          },
        ],
      };
    });
  });
  const rules = [...new Set(results.map((r) => r.ruleId))].sort().map((id) => ({ id }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'inspection-annotate', version, rules } }, results }],
  };
}
