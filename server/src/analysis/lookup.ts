// What an offset in the article points at: the one lookup every position-based feature shares.
import { ArticleAnalysis, DateMention, Organisation, Person, Rating, Span } from './schema';

export type EntityAt =
  | { kind: 'person'; person: Person; mention: Span }
  | { kind: 'organisation'; organisation: Organisation; mention: Span }
  | { kind: 'rating'; rating: Rating }
  | { kind: 'date'; date: DateMention };

const inside = (s: { start: number; end: number }, offset: number) => offset >= s.start && offset <= s.end;

/** The innermost entity whose span holds `offset` (an offset at a span's end still counts, as editors place the cursor there). */
export function findEntityAt(analysis: ArticleAnalysis, offset: number): EntityAt | null {
  const found: { entity: EntityAt; span: Span }[] = [];
  for (const person of analysis.people) {
    for (const mention of person.mentions) if (inside(mention, offset)) found.push({ entity: { kind: 'person', person, mention }, span: mention });
  }
  for (const organisation of analysis.organisations) {
    for (const mention of organisation.mentions) {
      if (inside(mention, offset)) found.push({ entity: { kind: 'organisation', organisation, mention }, span: mention });
    }
  }
  for (const rating of analysis.ratings) if (inside(rating, offset)) found.push({ entity: { kind: 'rating', rating }, span: rating });
  for (const date of analysis.dates) if (inside(date, offset)) found.push({ entity: { kind: 'date', date }, span: date });
  if (!found.length) return null;
  // Prefer a span that strictly contains the offset, then the shortest.
  found.sort((a, b) => strictness(b.span, offset) - strictness(a.span, offset) || a.span.end - a.span.start - (b.span.end - b.span.start));
  return found[0].entity;
}

function strictness(s: Span, offset: number): number {
  return offset < s.end ? 1 : 0;
}

/** The person a mention belongs to, by its exact span. */
export function personOfMention(analysis: ArticleAnalysis, start: number): Person | undefined {
  return analysis.people.find((p) => p.mentions.some((m) => m.start === start));
}
