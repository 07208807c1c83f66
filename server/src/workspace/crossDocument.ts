// Facts that disagree between articles: one dates the improvement notice May 2010, another June
// 2010. Each article's dated events are keyed (kind plus council or person) and indexed, so the
// work grows with the number of events, not the number of pairs of articles.
import { datesDisagree, DatedEvent, findDatedEvents } from '../analysis/eventDates';
import { ArticleAnalysis, Diagnostic } from '../analysis/schema';
import { prepareText } from '../analysis/text';
import { articleSubject } from './articleSubject';

interface Entry {
  file: string;
  event: DatedEvent;
}

const MAX_RELATED = 3;

function shortName(file: string): string {
  const cut = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return decodeURIComponent(file.slice(cut + 1));
}

export function findWorkspaceConflicts(articles: { file: string; text: string; analysis: ArticleAnalysis }[]): Map<string, Diagnostic[]> {
  const index = new Map<string, Map<string, Entry[]>>();
  for (const a of articles) {
    if (!a.analysis.dates.length) continue;
    const article = prepareText(a.text);
    const subject = articleSubject(article, a.analysis);
    for (const event of findDatedEvents(article, a.analysis.dates, a.analysis.people, subject)) {
      if (event.key.endsWith('|')) continue; // a council event in an article whose council is unknown
      if (event.apartDays) continue; // a kind that recurs (a death): two articles may well tell of two
      const byDate = index.get(event.key) ?? new Map<string, Entry[]>();
      const list = byDate.get(event.date.resolved) ?? [];
      list.push({ file: a.file, event });
      byDate.set(event.date.resolved, list);
      index.set(event.key, byDate);
    }
  }
  const out = new Map<string, Diagnostic[]>();
  for (const byDate of index.values()) {
    if (byDate.size < 2) continue;
    const values = [...byDate.keys()];
    for (const v of values) {
      const others = values.filter((w) => datesDisagree(v, w)).flatMap((w) => byDate.get(w)!);
      if (!others.length) continue;
      for (const e of byDate.get(v)!) {
        const elsewhere = others.filter((o) => o.file !== e.file);
        if (!elsewhere.length) continue;
        const first = elsewhere[0];
        const d = e.event.date;
        const diag: Diagnostic = {
          start: d.start, end: d.end, text: d.text, code: 'cross-document-conflict', severity: 'warning',
          message: `Another article dates ${e.event.label} differently: “${e.event.cue} … ${d.text}” here, but “${first.event.cue} … ${first.event.date.text}” in ${shortName(first.file)}${elsewhere.length > 1 ? ` and ${elsewhere.length - 1} other place${elsewhere.length > 2 ? 's' : ''}` : ''}.`,
          related: elsewhere.slice(0, MAX_RELATED).map((o) => ({
            file: o.file, start: o.event.date.start, end: o.event.date.end,
            message: `${shortName(o.file)} dates ${o.event.label} “${o.event.date.text}” (${o.event.date.resolved})`,
          })),
        };
        out.set(e.file, [...(out.get(e.file) ?? []), diag]);
      }
    }
  }
  return out;
}
