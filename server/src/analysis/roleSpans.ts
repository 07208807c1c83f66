// Whether a post was held for a span that has closed: "director ... from 1998 until her retirement in 2014",
// "was a social worker in Scalderby for 22 years". Either makes the post a former one.
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
