// Whether a post was held for a span that has closed: "director ... from 1998 until her retirement in 2014",
// "was a social worker in Scalderby for 22 years", or that its holder has since left ("X, the home's registered
// manager, left in March", "my predecessor as director"). Each makes the post a former one.
import { NameToken } from './nameTokens';

// "director ... from 1998 until her retirement in 2014", "leader of the council from 2003 to 2015", "between 2010 and 2016":
// a span of years that closes (not "from 2019 to date", "since 2019") after the role, in its clause
const ENDED_SPAN = /^(?:[ \u00a0]+(?:at|of|in|for)[ \u00a0]+[^,;:.()]{1,60}?)?[ \u00a0]+(?:from[ \u00a0]+(?:\p{L}+[ \u00a0]+)?(?:19|20)\d\d[ \u00a0]+(?:to|until|till)|between[ \u00a0]+(?:19|20)\d\d[ \u00a0]+and)[ \u00a0]+(?:[^,;:.()\d]{0,30}?)(?:19|20)\d\d\b/u;

/** The role at `end` was held for a span of years that has closed. */
export function heldUntil(text: string, end: number): boolean {
  return ENDED_SPAN.test(text.slice(end, end + 140));
}

/** After the role ending at `end`: "for 22 years", "for many years". */
export function heldForYears(toks: NameToken[], end: number): boolean {
  let q = 0;
  while (q < toks.length && toks[q].start < end) q++;
  for (let i = q; i < toks.length && i - q <= 4; i++) {
    if (toks[i].lower === 'for' && /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|several|\w+teen|twenty\S*|thirty\S*)$/.test(toks[i + 1]?.lower ?? '') && /^years?$/.test(toks[i + 2]?.lower ?? '')) return true;
  }
  return false;
}

const S = '[ \\u00a0]+';
// "left" tells of a post only before a time, an employer or the end of the clause: not "left the meeting early"
const LEFT_WHAT = `(?=[ \\u00a0]*(?:[.,;:)]|$)|${S}(?:in|at|on|last|earlier|after|before|by|the${S}(?:council|authority|post|role|job|service|home|organisation|agency|charity|company|department)\\b|(?:her|his|their)${S}(?:post|role|job)\\b|\\p{Lu}))`;
// after the role (or the name, when the role stood before it): its own "since 2019" or "at X", one part set off by
// commas ("..., who has been director since 2019, has resigned"), then the leaving verb in the past
const LEFT = new RegExp(
  `^(?:${S}(?:since|from|in|at|of|for)\\b[^,;:.()"“]{0,60})?(?:,[^,;:.()"“]{1,80}(?=,))?,?${S}(?:who${S})?(?:(?:has|had)${S})?` +
    `(?:retired|resigned|quit|departed|stepped${S}down|left${LEFT_WHAT})\\b`, 'u');
const PREDECESSOR = /\bpredecessors?[ \u00a0]+as[ \u00a0]+(?:the[ \u00a0]+)?$/i;

/** The holder of the role ending at `from` (or of the name ending there, after its role) has left it since. */
export function leftSince(text: string, from: number): boolean {
  return LEFT.test(text.slice(from, from + 160));
}

/** "My predecessor as director, X": the role starting at `start` is held by someone before the writer. */
export function predecessorAs(text: string, start: number): boolean {
  return PREDECESSOR.test(text.slice(Math.max(0, start - 24), start));
}
