// What an offset in the article points at: the one lookup every position-based feature shares.
import { ArticleAnalysis, DateMention, Organisation, Person, Rating, Span } from './schema';

export type EntityAt =
  | { kind: 'person'; person: Person; mention: Span }
  | { kind: 'organisation'; organisation: Organisation; mention: Span }
  | { kind: 'rating'; rating: Rating }
  | { kind: 'date'; date: DateMention };

const inside = (s: { start: number; end: number }, offset: number) => offset >= s.start && offset <= s.end;

interface Indexed {
  entity: EntityAt;
  span: Span;
}

interface SpanIndex {
  /** Sorted by start. */
  items: Indexed[];
  longest: number;
}

const RANK: Record<EntityAt['kind'], number> = { person: 0, organisation: 1, rating: 2, date: 3 };

// Built once per analysis, so a hover in a long document is a binary search, not a scan of every mention.
const indexes = new WeakMap<ArticleAnalysis, SpanIndex>();

function indexOf(analysis: ArticleAnalysis): SpanIndex {
  let index = indexes.get(analysis);
  if (index) return index;
  const items: Indexed[] = [];
  for (const person of analysis.people) for (const mention of person.mentions) items.push({ entity: { kind: 'person', person, mention }, span: mention });
  for (const organisation of analysis.organisations) {
    for (const mention of organisation.mentions) items.push({ entity: { kind: 'organisation', organisation, mention }, span: mention });
  }
  for (const rating of analysis.ratings) items.push({ entity: { kind: 'rating', rating }, span: rating });
  for (const date of analysis.dates) items.push({ entity: { kind: 'date', date }, span: date });
  items.sort((a, b) => a.span.start - b.span.start);
  index = { items, longest: items.reduce((m, i) => Math.max(m, i.span.end - i.span.start), 0) };
  indexes.set(analysis, index);
  return index;
}

/** The innermost entity whose span holds `offset` (an offset at a span's end still counts, as editors place the cursor there). */
export function findEntityAt(analysis: ArticleAnalysis, offset: number): EntityAt | null {
  const { items, longest } = indexOf(analysis);
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].span.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  const found: Indexed[] = [];
  for (let i = lo - 1; i >= 0 && items[i].span.start >= offset - longest; i--) {
    if (inside(items[i].span, offset)) found.push(items[i]);
  }
  if (!found.length) return null;
  // Prefer a span that strictly contains the offset, then the shortest, then the earliest kind listed.
  found.sort((a, b) => strictness(b.span, offset) - strictness(a.span, offset) || a.span.end - a.span.start - (b.span.end - b.span.start) || RANK[a.entity.kind] - RANK[b.entity.kind]);
  return found[0].entity;
}

function strictness(s: Span, offset: number): number {
  return offset < s.end ? 1 : 0;
}
