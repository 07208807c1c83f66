// The workspace timeline (custom request `inspectionLens/timeline`): dated events ("the improvement
// notice", May 2010) and dated ratings from every known article, in order of their resolved date,
// each with where it is written so any client can jump to the source line.
import { Range } from 'vscode-languageserver';
import { findDatedEvents } from '../analysis/eventDates';
import { ArticleAnalysis } from '../analysis/schema';
import { prepareText } from '../analysis/text';
import { ArticleView } from '../workspace/workspaceState';
import { rangeOf } from './navigation';
import { fileName } from './workspaceSymbols';

export const TIMELINE_REQUEST = 'inspectionLens/timeline';

export interface TimelineEntry {
  uri: string;
  range: Range;
  /** "May 2010 · The improvement notice", "2011 · Inadequate: Peterborough's safeguarding". */
  label: string;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  date: string;
  kind: 'event' | 'rating';
  /** The words as written, for a tooltip. */
  text: string;
  file: string;
}

interface Dated {
  start: number;
  end: number;
  date: string;
  kind: TimelineEntry['kind'];
  what: string;
  text: string;
}

const STATUS = { awarded: '', aspiration: ' (hoped for)', other: ' (mentioned)' } as const;
const upper = (s: string) => s[0].toUpperCase() + s.slice(1);
const memo = new WeakMap<ArticleAnalysis, Dated[]>();

function datedIn(article: ArticleView): Dated[] {
  const hit = memo.get(article.analysis);
  if (hit) return hit;
  const a = article.analysis;
  const out: Dated[] = [];
  if (a.dates.length) {
    for (const e of findDatedEvents(prepareText(article.doc.getText()), a.dates, a.people, '')) {
      out.push({ start: e.date.start, end: e.date.end, date: e.date.resolved, kind: 'event', what: upper(e.label), text: `${e.cue} … ${e.date.text}` });
    }
  }
  // A grade awarded without a date of its own is dated by the article: its dateline, else the latest
  // date written in full in it (an article reports a judgement no earlier than what it mentions).
  // Only the first such grade of each kind is listed, and none of a kind the article dates elsewhere,
  // as sub-judgements and later references repeat the overall one.
  const fallback = a.articleDate ?? latestExplicit(a);
  const undated = new Set<string>(a.ratings.filter((r) => r.date && r.status === 'awarded').map((r) => r.grade));
  for (const r of a.ratings) {
    if (r.status === 'aspiration') continue;
    let date = r.date;
    let note = '';
    if (!date) {
      if (r.status !== 'awarded' || !fallback || undated.has(r.grade)) continue;
      undated.add(r.grade);
      date = fallback;
      note = a.articleDate ? ' (date of the article)' : ' (latest date in the article)';
    }
    out.push({ start: r.start, end: r.end, date, kind: 'rating', what: `${upper(r.grade)}${r.subject ? `: ${r.subject}` : ''}${STATUS[r.status]}${note}`, text: r.text });
  }
  memo.set(a, out);
  return out;
}

function latestExplicit(a: ArticleAnalysis): string | null {
  let best: string | null = null;
  for (const d of a.dates) if (d.basis === 'explicit' && d.resolved && (!best || d.resolved > best)) best = d.resolved;
  return best;
}

export function timeline(articles: ArticleView[]): TimelineEntry[] {
  const rows = articles.flatMap((article) => datedIn(article).map((d) => ({ article, d })));
  rows.sort((x, y) => cmp(x.d.date, y.d.date) || cmp(x.article.uri, y.article.uri) || x.d.start - y.d.start);
  return rows.map(({ article, d }) => ({
    uri: article.uri,
    range: rangeOf(article.doc, d),
    label: `${d.date} · ${d.what}`,
    date: d.date,
    kind: d.kind,
    text: d.text,
    file: fileName(article.uri),
  }));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
