// Outline: Ratings, People (mentions as children) and Organisations, each entry jumping to its text.
import { DocumentSymbol, SymbolInformation, SymbolKind } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ArticleAnalysis, Span } from '../analysis/schema';
import { describePartialDate } from './format';

function range(doc: TextDocument, s: { start: number; end: number }) {
  return { start: doc.positionAt(s.start), end: doc.positionAt(s.end) };
}

function group(doc: TextDocument, name: string, kind: SymbolKind, children: DocumentSymbol[]): DocumentSymbol[] {
  if (!children.length) return [];
  const first = doc.offsetAt(children[0].range.start);
  const last = Math.max(...children.map((c) => doc.offsetAt(c.range.end)));
  const whole = range(doc, { start: first, end: last });
  return [{ name, kind, range: whole, selectionRange: { start: whole.start, end: whole.start }, children }];
}

function entry(doc: TextDocument, name: string, detail: string, kind: SymbolKind, first: Span, spans: Span[], children?: DocumentSymbol[]): DocumentSymbol {
  const start = Math.min(...spans.map((s) => s.start));
  const end = Math.max(...spans.map((s) => s.end));
  return { name, detail, kind, range: range(doc, { start, end }), selectionRange: range(doc, first), children };
}

export function documentSymbols(doc: TextDocument, analysis: ArticleAnalysis): DocumentSymbol[] {
  const ratings = analysis.ratings.map((r) => {
    const grade = r.grade[0].toUpperCase() + r.grade.slice(1);
    const parts = [r.subject, r.date ? describePartialDate(r.date) : null, r.status === 'awarded' ? null : r.status].filter(Boolean);
    return entry(doc, grade, parts.join(' · '), SymbolKind.Event, r, [r]);
  });
  const people = [...analysis.people]
    .filter((p) => p.mentions.length)
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start)
    .map((p) => {
      const mentions = p.mentions.map((m) => entry(doc, m.text, `line ${doc.positionAt(m.start).line + 1}`, SymbolKind.Field, m, [m]));
      return entry(doc, p.name, p.roles[0] ?? '', SymbolKind.Object, p.mentions[0], [p.mentions[0]], mentions);
    });
  const organisations = analysis.organisations
    .filter((o) => o.mentions.length)
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start)
    .map((o) => entry(doc, o.name, `${o.mentions.length} mention${o.mentions.length === 1 ? '' : 's'}`, SymbolKind.Module, o.mentions[0], [o.mentions[0]]));
  // A person's entry spans only its first mention so the outline nests by position; mentions sit beneath.
  for (const p of people) p.range = p.selectionRange;
  return [
    ...group(doc, 'Ratings', SymbolKind.Namespace, ratings),
    ...group(doc, 'People', SymbolKind.Namespace, people),
    ...group(doc, 'Organisations', SymbolKind.Namespace, organisations),
  ];
}

/** For clients without hierarchical symbol support: the same entries, flat, with their container. */
export function flatSymbols(uri: string, symbols: DocumentSymbol[], container?: string): SymbolInformation[] {
  return symbols.flatMap((s) => [
    { name: s.name, kind: s.kind, location: { uri, range: s.selectionRange }, containerName: container },
    ...flatSymbols(uri, s.children ?? [], s.name),
  ]);
}
