// Builders of hand-made ArticleFacts for the consistency tests: spans are found in the text, so offsets are real.
import { ArticleFacts } from '../../server/src/analysis/options';
import { DateMention, Person, Rating, RoleMention } from '../../server/src/analysis/schema';
import { spanOf } from '../seeds';

export function dateAt(text: string, needle: string, resolved: string, nth = 0): DateMention {
  const s = spanOf(text, needle, nth);
  return { ...s, text: needle, resolved, basis: 'explicit' };
}

export function personAt(text: string, name: string, mentions: [string, number?][], roles: [string, string, boolean?][] = []): Person {
  const roleMentions: RoleMention[] = roles.map(([needle, role, former]) => ({ ...spanOf(text, needle), text: needle, role, former: Boolean(former) }));
  return {
    name,
    aliases: [],
    roles: roleMentions.map((r) => r.role),
    mentions: mentions.map(([needle, nth]) => ({ ...spanOf(text, needle, nth ?? 0), text: needle })),
    roleMentions,
  };
}

/** The rating written `needle` (its `nth` occurrence) in `text`. */
export function ratingAt(text: string, needle: string, r: Omit<Rating, 'start' | 'end' | 'text'>, nth = 0): Rating {
  return { ...spanOf(text, needle, nth), text: needle, ...r };
}

export function facts(partial: Partial<ArticleFacts> = {}): ArticleFacts {
  return { articleDate: null, people: [], organisations: [], dates: [], ratings: [], ...partial };
}
