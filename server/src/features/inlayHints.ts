// Inlay hints: after a relative date ("in January", "last year") what it resolves to ("→ 2013-01"),
// so the reader sees the date the article implies without hovering. Dates written in full get none.
import { InlayHint, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ArticleAnalysis, DateMention } from '../analysis/schema';

/** A date whose text is not the date itself: resolved from the article's date or a nearby year. */
export function isRelative(d: DateMention): d is DateMention & { resolved: string } {
  if (!d.resolved) return false;
  if (d.basis) return d.basis === 'article-date' || d.basis === 'nearest-year';
  return !d.text.includes(d.resolved.slice(0, 4));
}

export function inlayHints(doc: TextDocument, analysis: ArticleAnalysis, range: Range): InlayHint[] {
  const from = doc.offsetAt(range.start);
  const to = doc.offsetAt(range.end);
  return analysis.dates
    .filter((d) => isRelative(d) && d.end >= from && d.end <= to)
    .sort((a, b) => a.end - b.end)
    .map((d) => ({
      position: doc.positionAt(d.end),
      label: `→ ${d.resolved}`,
      paddingLeft: true,
      tooltip: d.explanation,
    }));
}
