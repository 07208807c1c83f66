// Whether a date without a year is spoken of as coming or as past, from the verb nearest before it in
// its clause ("fees had been increased in April and would be reviewed": April is past, though "would"
// follows), else the first verb after it ("In April, fees will rise"). Past is the default.
import { tokenize } from './dateTokens';

/** , ; : – — ( ) by character code: clause walks test every character they pass. */
export function isClauseBreak(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 0x2013 || c === 0x2014 || c === 40 || c === 41;
}
const REACH = 160;

/** A full stop or comma inside a number ("£2.4 million", "£600,000"), which ends no clause. */
export function separatorInNumber(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c === 44 || c === 46) && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1));
}

/** A clause break at `i`; the comma of "£600,000" is none. */
function breakAt(text: string, i: number): boolean {
  return !separatorInNumber(text, i) && isClauseBreak(text.charCodeAt(i));
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const FUTURE_WORDS = new Set(['will', 'would', 'shall', '’ll', "'ll", 'won’t', "won't", 'going', 'due', 'expect', 'expected', 'expects', 'scheduled', 'plans',
  'planned', 'planning', 'intends', 'intend', 'intended', 'aims', 'aim', 'next', 'upcoming', 'forthcoming',
  // the present of a fixture: "the cabinet meets on Tuesday 22 June"
  'meets', 'sits', 'opens', 'reopens', 'closes', 'starts', 'begins', 'launches', 'convenes', 'resumes', 'votes',
  // a condition looks ahead: "if the budget is cut again in April"
  'if', 'unless',
  // the present of a departure or an end: "who retires in the autumn"
  'retires', 'leaves', 'returns', 'ends', 'finishes', 'expires', 'arrives', 'departs', 'comes',
  // a wish or a promise in the present: "We want Larchfield to be good again by the spring"
  'want', 'wants', 'hope', 'hopes', 'promise', 'promises', 'pledges', 'vows']);
const PAST_WORDS = new Set(['had', 'has', 'have', 'was', 'were', 'did', 'been', 'ago', 'last', 'since', 'previous', 'previously', 'former', 'earlier',
  'left', 'began', 'begun', 'came', 'went', 'became', 'took', 'held', 'met', 'saw', 'won', 'lost', 'quit', 'led', 'rose', 'fell', 'made', 'told',
  'said', 'sent', 'spent', 'paid', 'got', 'shut', 'gave', 'found', 'brought', 'bought', 'ran', 'wrote', 'spoke', 'chose', 'knew', 'grew', 'kept']);
// Words that may stand before a fronted date in its clause: "In early June, ...", "By the end of March, ...".
const FRONTING = new Set(['in', 'on', 'at', 'by', 'from', 'during', 'until', 'since', 'of', 'the', 'early', 'late', 'mid', 'end', 'start', 'beginning', 'middle']);
// Verbs whose "to" clause tells something still to be done.
const PROSPECTIVE = new Set(['agreed', 'decided', 'voted', 'promised', 'pledged', 'resolved', 'undertook', 'committed', 'offered']);
// "-ed" words that look forward: "expected", "scheduled", "planned" are in FUTURE_WORDS; these say nothing.
const NOT_PAST = new Set(['need', 'indeed', 'proceed', 'exceed', 'succeed', 'speed', 'seed', 'feed', 'red', 'bed', 'shed', 'wed', 'bred']);

function tenseOf(word: string, capitalised: boolean): 'future' | 'past' | null {
  if (FUTURE_WORDS.has(word)) return 'future';
  if (PAST_WORDS.has(word)) return 'past';
  if (!capitalised && word.length > 3 && word.endsWith('ed') && !NOT_PAST.has(word)) return 'past';
  if (word.endsWith('’ll') || word.endsWith("'ll")) return 'future';
  return null;
}

/** Whether the date at [start, end) of `text` is in a clause about the future. `lo`/`hi` bound its sentence. */
export function isFuture(text: string, start: number, end: number, lo: number, hi: number): boolean {
  let a = start;
  while (a > lo && start - a < REACH && !breakAt(text, a - 1)) a--;
  const before = tokenize(text, 0, a, start, start);
  // "has promised a protocol by the summer": a deadline looks ahead, unless a participle was done by it ("completed by March")
  const last = before.length - 1 - (before[before.length - 1]?.low === 'the' ? 1 : 0);
  // (a fronted "By early autumn, it had changed" opens its clause and is read by the verb after it)
  if (before[last]?.low === 'by' && last > 0 && tenseOf(before[last - 1].low, false) !== 'past') return true;
  // "The council has until the end of March to respond": a time allowed, from now
  const until = before[last]?.low === 'until' ? last : before[last]?.low === 'of' && before[last - 1]?.low === 'end' && before[last - 3]?.low === 'until' ? last - 3 : -1;
  if (until > 0 && /^(?:has|have|given|gives)$/.test(before[until - 1].low)) return true;
  for (let j = before.length - 1; j >= 0; j--) {
    const t = before[j];
    if (t.k !== 'w') continue;
    // "meets for the last time in the autumn": "the last" is no past
    if (t.low === 'last' && before[j - 1]?.low === 'the') continue;
    // "would have a visit before the end of August": "have" with an object after a modal looks ahead ("would have
    // visited" does not)
    if (t.low === 'have' && /^(?:will|would|shall|’ll|'ll)$/.test(before[j - 1]?.low ?? '') && /^(?:a|an|the|its|their|his|her|no|more|some|to)$/.test(before[j + 1]?.low ?? '')) return true;
    // "set to open in May", but "set up in May"; "due to be set by council on 24 February" reads on to "due"
    if (t.low === 'set' && !/^(?:be|being|been)$/.test(before[j - 1]?.low ?? '')) return before[j + 1]?.low === 'to';
    // "asked that the report be brought to the panel in the autumn", "should be held in May": "be" itself, not after
    // "to", is a modal's or a wish's, and looks ahead
    if (t.low === 'be' && before[j - 1] && before[j - 1].low !== 'to') return true;
    const tense = tenseOf(t.low, t.t[0] !== t.low[0]);
    // "would be brought", "will be held": a participle after "be" takes its tense from the word before;
    // "newly qualified social workers": an adjective
    if (tense === 'past' && /^(?:be|being|newly)$/.test(before[j - 1]?.low ?? '')) continue;
    // "would open a supported lodgings scheme in April": an "-ed" word after an article is an adjective
    if (tense === 'past' && t.low.endsWith('ed') && !PAST_WORDS.has(t.low) && /^(?:a|an|the)$/.test(before[j - 1]?.low ?? '')) continue;
    // "had agreed to fund a new team from September": what was agreed or decided is to come
    if (tense === 'past' && PROSPECTIVE.has(t.low) && before[j + 1]?.low === 'to') return true;
    if (tense) return tense === 'future';
    // "The council is taking on 12 social workers in September": the present progressive of a plan
    if (t.low.endsWith('ing') && t.low.length > 5 && /^(?:is|are|am)$/.test(before[j - 1]?.low ?? '')) return true;
  }
  let b = end;
  // "In June, the service will move": the fronted date belongs to the clause after it (not a date that ends a clause of
  // its own: "following the focused visit on 15 and 16 June, and would add ...")
  if (text[b] === ',' && before.every((t) => t.k !== 'w' || FRONTING.has(t.low))) b++;
  while (b < hi && b - end < REACH && !breakAt(text, b)) b++;
  for (const t of tokenize(text, 0, end, b, b)) {
    if (t.k !== 'w') continue;
    const tense = tenseOf(t.low, t.t[0] !== t.low[0]);
    if (tense) return tense === 'future';
  }
  // a clause with no verb of its own ("..., and to Cabinet in the spring") takes the tense of the sentence before it
  if (a > lo) {
    const earlier = tokenize(text, 0, Math.max(lo, a - REACH), a, a);
    for (let j = earlier.length - 1; j >= 0; j--) {
      const t = earlier[j];
      if (t.k !== 'w') continue;
      const tense = tenseOf(t.low, t.t[0] !== t.low[0]);
      if (tense && !(tense === 'past' && /^(?:be|being)$/.test(earlier[j - 1]?.low ?? ''))) return tense === 'future';
    }
  }
  return false;
}

/** The clause around [start, end) within its sentence [sStart, sEnd). */
export function clauseOf(text: string, start: number, end: number, sStart: number, sEnd: number): string {
  let a = start;
  while (a > sStart && !isClauseBreak(text.charCodeAt(a - 1))) a--;
  let b = end;
  while (b < sEnd && !isClauseBreak(text.charCodeAt(b))) b++;
  return text.slice(a, b);
}
