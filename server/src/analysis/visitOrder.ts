// An inspection's report cannot come out before the inspection: "Inspectors had visited on 24 and 25 August, and their
// letter was published on 3 August" has one of its dates wrong.
import { compareAtCommonPrecision, isResolved, makeDiagnostic, sentenceIndexAt } from './consistencyUtil';
import { DateMention, Diagnostic } from './schema';
import { ArticleText } from './text';

// the words right before each date that say what it dates
const VISIT = /\b(?:visited|inspected|inspection(?:[ \u00a0]+(?:took[ \u00a0]+place|ran|was[ \u00a0]+held))?|on[ \u00a0]+site)[ \u00a0]+(?:on|in|from|between)?[ \u00a0]*(?:\d{1,2}(?:st|nd|rd|th)?[ \u00a0]+(?:and|to|-|–)[ \u00a0]+)?$/i;
const PUBLISHED = /\b(?:letter|report|findings)\b[^.;]{0,30}\b(?:was|were)[ \u00a0]+(?:published|released|issued|sent)[ \u00a0]+(?:on|in)[ \u00a0]+$/i;

export function findReportBeforeVisit(article: ArticleText, dates: DateMention[]): Diagnostic[] {
  const text = article.text;
  const out: Diagnostic[] = [];
  const resolved = dates.filter(isResolved).filter((d) => d.resolved.length >= 7).sort((a, b) => a.start - b.start);
  for (let i = 0; i < resolved.length; i++) {
    const visit = resolved[i];
    if (!VISIT.test(text.slice(Math.max(0, visit.start - 60), visit.start))) continue;
    const si = sentenceIndexAt(article, visit.start);
    for (let j = i + 1; j < resolved.length && sentenceIndexAt(article, resolved[j].start) === si; j++) {
      const pub = resolved[j];
      if (!PUBLISHED.test(text.slice(visit.end, pub.start))) continue;
      // (both years as written, or neither: a year read from the article's date may differ from one written)
      if (/\d{4}/.test(visit.text) !== /\d{4}/.test(pub.text) || compareAtCommonPrecision(pub.resolved, visit.resolved) >= 0) break;
      out.push(makeDiagnostic(text, pub.start, pub.end, 'sequence-reversed', 'warning',
        `The report is said to come out on “${pub.text}”, before the inspection it reports (“${visit.text}”).`,
        { related: [{ start: visit.start, end: visit.end, message: `the inspection: “${visit.text}” (${visit.resolved})` }] }));
      break;
    }
  }
  return out;
}
