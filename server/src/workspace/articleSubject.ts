// Which council an article is about, so that one council's improvement notice is never compared
// with another's. From the organisations found, else from "X City Council" in the text, else
// from the place named most often after "in"/"to" or before "'s".
import { ArticleAnalysis } from '../analysis/schema';
import { ArticleText } from '../analysis/text';

const COUNCIL_SUFFIX = /\s+(?:city|county|borough|district|metropolitan borough|town)?\s*council\b.*$/i;
const NAMED_COUNCIL = /\b(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)[ \u00a0]+(?:(?:City|County|Borough|District|Metropolitan Borough)[ \u00a0]+)?Council\b/gu;
const PLACE = /(?:\b(?:in|to|for|at|of)[ \u00a0]+(\p{Lu}\p{Ll}{3,})\b(?![ \u00a0]\p{Lu}))|(?:\b(\p{Lu}\p{Ll}{3,})['’]s\b)/gu;
const NOT_PLACES = new Set(['ofsted', 'government', 'council', 'department', 'january', 'february', 'march', 'april', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'children', 'services', 'the', 'this', 'that', 'inspectors', 'england']);

function bestOf(counts: Map<string, number>, min: number): string {
  let best = '';
  let n = 0;
  for (const [k, c] of counts) if (c > n) [best, n] = [k, c];
  return n >= min ? best : '';
}

export function articleSubject(article: ArticleText, analysis: ArticleAnalysis): string {
  const councils = new Map<string, number>();
  for (const o of analysis.organisations) {
    if (!/council/i.test(o.name)) continue;
    const k = o.name.replace(COUNCIL_SUFFIX, '').toLowerCase().trim();
    if (k && !NOT_PLACES.has(k)) councils.set(k, (councils.get(k) ?? 0) + o.mentions.length);
  }
  for (const s of article.sentences) {
    for (const m of s.text.matchAll(NAMED_COUNCIL)) {
      const k = m[1].toLowerCase().replace(/[ -](?:city|county|borough|district|metropolitan|town)$/, '');
      if (!NOT_PLACES.has(k)) councils.set(k, (councils.get(k) ?? 0) + 1);
    }
  }
  const places = new Map<string, number>();
  const names = new Set(analysis.people.flatMap((p) => p.name.toLowerCase().split(/\s+/)));
  for (const s of article.sentences) {
    for (const m of s.text.matchAll(PLACE)) {
      const k = (m[1] ?? m[2]).toLowerCase();
      if (!NOT_PLACES.has(k) && !names.has(k)) places.set(k, (places.get(k) ?? 0) + 1);
    }
  }
  // A council named once (a director's last employer) loses to the place the story keeps naming ("in Ondley",
  // "Ondley's") when the story calls its own council just "the council".
  const council = bestOf(councils, 1);
  const place = bestOf(places, 2);
  if (!council || (place && place !== council && (places.get(place) ?? 0) > (councils.get(council) ?? 0) + (places.get(council) ?? 0))) return place;
  return council;
}
