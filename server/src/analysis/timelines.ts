// A timeline set out as headings and entries: a line holding just a date ("February 2021", "3 March 2026:"), then the
// next line of text is what happened then ("Ofsted rates Brackenhaugh inadequate ..."). The entry is dated by its
// heading: its events, its grades, and its months without a year.
import { DateMention } from './schema';
import { ArticleText, spanIndexAt } from './text';

/** The line of a date that fills its line ("February 2021", "3 March 2026:"), or -1. */
export function headingLineOf(article: ArticleText, start: number, text: string): number {
  const line = lineAt(article, start);
  // (a long line is never one, and is not copied to find out)
  const l = line >= 0 ? article.lines[line] : null;
  return l && l.end - l.start <= text.length + 8 && l.text.trim().replace(/[ \u00a0]*[:–—-]$/, '') === text ? line : -1;
}

const nextText = (article: ArticleText, line: number, step: 1 | -1): number => {
  let k = line + step;
  while (k >= 0 && k < article.lines.length && !article.lines[k].text.trim()) k += step;
  return k >= 0 && k < article.lines.length ? k : -1;
};

/**
 * Entry lines of a timeline, each with what its heading line held: a heading counts only in a run of them, heading,
 * entry, heading ("February 2021" / "Ofsted rates ..." / "April 2021"), so a dateline over a story's first paragraph
 * heads nothing.
 */
export function timelineChain<T>(article: ArticleText, headings: Map<number, T>): Map<number, T> {
  const out = new Map<number, T>();
  if (headings.size < 2) return out;
  for (const [line, v] of headings) {
    const entry = nextText(article, line, 1);
    if (entry < 0 || headings.has(entry)) continue;
    const before = nextText(article, line, -1);
    if (headings.has(nextText(article, entry, 1)) || (before >= 0 && headings.has(nextText(article, before, -1)))) out.set(entry, v);
  }
  return out;
}

type Resolved = DateMention & { resolved: string };

/** The sentences of a timeline's entries, each with its heading's date. `dates` are resolved and sorted. */
export function timelineEntries(article: ArticleText, dates: Resolved[]): Map<number, Resolved> {
  const headings = new Map<number, Resolved>();
  for (const d of dates) {
    const line = headingLineOf(article, d.start, d.text);
    if (line >= 0) headings.set(line, d);
  }
  const byLine = timelineChain(article, headings);
  const out = new Map<number, Resolved>();
  if (!byLine.size) return out;
  article.sentences.forEach((s, si) => {
    const heading = byLine.get(s.line);
    if (heading) out.set(si, heading);
  });
  return out;
}

/** Index of the line holding the offset, or -1. */
export function lineAt(article: ArticleText, at: number): number {
  return spanIndexAt(article.lines, at, true);
}
