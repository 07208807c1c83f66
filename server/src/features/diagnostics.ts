// Turns the analysis' findings into LSP diagnostics, capped per file so a log file saved as .txt cannot flood the editor.
import { Diagnostic as LspDiagnostic, DiagnosticSeverity, DiagnosticRelatedInformation } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Diagnostic, Severity } from '../analysis/schema';

export const SOURCE = 'Inspection Lens';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface RelatedDocument {
  uri: string;
  /** Converts offsets of that document to positions; undefined when the document is not at hand. */
  doc?: TextDocument;
}

export function toLspDiagnostics(
  doc: TextDocument,
  findings: Diagnostic[],
  options: { maxPerFile: number; relatedInformation: boolean; resolveFile?: (file: string) => RelatedDocument | undefined },
): LspDiagnostic[] {
  const shown = findings.slice(0, options.maxPerFile);
  const out = shown.map((d) => {
    const diagnostic: LspDiagnostic = {
      range: { start: doc.positionAt(d.start), end: doc.positionAt(d.end) },
      severity: SEVERITY[d.severity],
      code: d.code,
      source: SOURCE,
      message: d.message,
      data: d.suggestions ? { suggestions: d.suggestions } : undefined,
    };
    if (options.relatedInformation && d.related?.length) {
      diagnostic.relatedInformation = d.related.flatMap((r): DiagnosticRelatedInformation[] => {
        const target = r.file ? options.resolveFile?.(r.file) : { uri: doc.uri, doc };
        if (!target) return [];
        const at = target.doc ? { start: target.doc.positionAt(r.start), end: target.doc.positionAt(r.end) } : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        return [{ location: { uri: target.uri, range: at }, message: r.message }];
      });
    }
    return diagnostic;
  });
  if (findings.length > options.maxPerFile) {
    out.push({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      code: 'diagnostics-capped',
      source: SOURCE,
      message: `Showing the first ${options.maxPerFile} of ${findings.length} findings in this file (setting inspectionLens.diagnostics.maxPerFile).`,
    });
  }
  return out;
}
