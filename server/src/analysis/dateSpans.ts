// A span of days that ends before it starts ("inspected from 22 March to 5 March"): one end is a slip.
import { isResolved, makeDiagnostic } from './consistencyUtil';
import { DateMention, Diagnostic } from './schema';
import { ArticleText } from './text';

const JOIN = /^[ \u00a0]*(?:to|until|till|and|[-–—])[ \u00a0]*$/i;
const OPENS = /\b(?:from|between)[ \u00a0]+$/i;

export function findBackwardSpans(article: ArticleText, dates: DateMention[]): Diagnostic[] {
  const text = article.text;
  const days = dates.filter(isResolved).filter((d) => d.resolved.length === 10).sort((a, b) => a.start - b.start);
  const out: Diagnostic[] = [];
  for (let i = 1; i < days.length; i++) {
    const a = days[i - 1];
    const b = days[i];
    const join = text.slice(a.end, b.start);
    if (!JOIN.test(join) || b.resolved >= a.resolved) continue;
    // "between 3 and 5 March" needs its opening word; a dash or "to" alone joins a span too ("22–25 March")
    if (/and/i.test(join) && !OPENS.test(text.slice(Math.max(0, a.start - 10), a.start))) continue;
    // "from 22 December to 5 January" runs into the next year unless a year is written on both ends
    const sameMonth = a.resolved.slice(0, 7) === b.resolved.slice(0, 7);
    if (!sameMonth && !(/\d{4}/.test(a.text) && /\d{4}/.test(b.text))) continue;
    out.push(makeDiagnostic(text, a.start, b.end, 'sequence-reversed', 'warning',
      `“${text.slice(a.start, b.end)}” runs backwards: ${b.text} comes before ${a.text}.`,
      { related: [{ start: a.start, end: a.end, message: `the span's start: “${a.text}” (${a.resolved})` }] }));
  }
  return out;
}
