// A count referred back to ("contains 14 actions" ... "The twelve actions in the plan", "412 children" ... "the more
// than 430 children in its care") must agree with the count the article gave before for the same words.
import { clauseOf } from './dateTense';
import type { Count } from './counts';
import { CHANGE_WORD_SOURCE, makeDiagnostic, NUMBER_WORD_SOURCE } from './consistencyUtil';
import { Diagnostic } from './schema';

// For a count referred back to, figureChecks' CHANGE without the words of a share ("each of the five areas", "an
// average of", "per") and with "improve" only as a verb ("six areas for improvement" names the areas).
// ("The other two homes ... are rated good": a part of the set, told apart from the rest, is no count of the whole)
const REFERENCE_CHANGE = new RegExp(`\\b(?:${CHANGE_WORD_SOURCE}|improv(?:e|es|ed|ing)|other|remaining)\\b`, 'i');

const RATE = /^(?:per|each)\b/;
const EACH = /^[\s"“‘']*(?:\d+(?:\.\d+)*[ \u00a0]+)?(?:each|every)\b/i;

const TIME_BOUND = new RegExp(`\\b(?:more|fewer|less)[ \\u00a0]+than[ \\u00a0]+(?:a|an|\\d+|${NUMBER_WORD_SOURCE})[ \\u00a0]+(?:days?|weeks?|months?|years?|hours?)\\b`, 'gi');

/** Whether an exact count `v` is what a bound referred back to ("more than 430") allows. */
function withinBound(bound: string, n: number, v: number): boolean {
  if (bound === 'more' || bound === 'over') return v > n;
  if (bound === 'almost' || bound === 'nearly') return v <= n && v >= n * 0.9;
  return v < n;
}

/**
 * "Twenty-three social workers recruited from abroad ..." then, a few sentences on, "The 32 recruits": a count just
 * before with its digits swapped, about the same thing (a word sharing the reference's stem: "recruited").
 */
function transposed(counts: Count[], c: Count, referred = false): Count[] {
  if (c.value < 10 || c.value > 9999) return [];
  // the same digits in another order ("32" for "23"; "221" for "212", "213" for "312"); of four digits, two neighbours
  // swapped ("2,136" for "2,316")
  const digits = String(c.value);
  const swapped = new Set<number>();
  const orders = digits.length === 2 ? [[1, 0]] : digits.length === 3 ? [[0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]]
    : [[1, 0, 2, 3], [0, 2, 1, 3], [0, 1, 3, 2]];
  for (const order of orders) {
    const s = order.map((k) => digits[k]).join('');
    if (s !== digits && s[0] !== '0') swapped.add(Number(s));
  }
  if (!swapped.size) return [];
  // (a three-digit count is rarely met by chance, so the earlier one may stand anywhere before it; a two-digit one
  // referred back to, "every one of the 36 children", a few paragraphs on)
  const reach = c.value > 99 ? Infinity : referred ? 1500 : 600;
  // (any counted word: the phrase may run on into a verb, "The 32 recruits bring")
  const stems = c.phrase.split(' ').filter((w) => w.length >= 5).map((w) => w.slice(0, 5));
  return counts.filter((o) => !o.frac && o.start < c.start && c.start - o.start < reach && swapped.has(o.value)
    && `${o.phrase} ${o.tail}`.split(/[ |]+/).some((w) => stems.some((st) => w.startsWith(st))));
}

/** `c` has the digits of `o`, an earlier count, swapped; `referred`: `c` refers back to a count ("the 221 children"). */
function swapDiagnostic(text: string, c: Count, o: Count, referred: boolean): Diagnostic {
  const said = text.slice(c.start, c.quoteEnd).split(/\s+/).slice(0, 2).join(' ');
  const quote = text.slice(o.start, o.quoteEnd);
  return makeDiagnostic(text, c.start, c.end, 'figure-conflict', 'warning',
    `“${said}” ${referred ? 'refers back to a count' : 'here'}, but the article gave “${quote}” before: ${c.value} and ${o.value}, the digits swapped?`,
    { related: [{ start: o.start, end: o.end, message: `given as ${o.value} here: “${quote}”` }] });
}

/** The counts told as what a verb sharing the noun's stem did ("recruited 36 social workers" for "recruits"). */
function countedBy(text: string, counts: Count[], head: string): Count[] {
  if (head.length < 6) return [];
  const verb = new RegExp(`\\b${head.slice(0, 5)}\\p{L}*ed[ \\u00a0]+$`, 'iu');
  return counts.filter((o) => !o.frac && !o.key.startsWith('total|') && verb.test(text.slice(Math.max(0, o.start - 20), o.start)));
}

/**
 * References among `counts` that disagree with what came before; `reported` holds the starts already reported, and
 * `apart` says two counts are told of different times (two entries of a timeline).
 */
export function findCountReferences(text: string, counts: Count[], reported: Set<number>, apart: (a: Count, b: Count) => boolean): Diagnostic[] {
  const out: Diagnostic[] = [];
  const quote = (c: Count) => text.slice(c.start, c.quoteEnd);
  // "contains 14 actions" ... "The twelve actions in the plan": a count referred back to must be the one given before,
  // when the article gave one value for those words and the reference is not already reported
  // each reference is compared with the earlier counts of its own words only
  const byPhrase = new Map<string, Count[]>();
  const byHead = new Map<string, Count[]>();
  // (a fraction's total, "12 of the 40 cases", names a sample that may differ from the next: only a swap of its digits is read)
  const sampleTotal = (c: Count) => c.key.startsWith('total|');
  for (const c of counts) {
    if (c.frac || sampleTotal(c)) continue;
    for (const [map, k] of [[byPhrase, c.phrase], [byHead, c.head]] as const) {
      const list = map.get(k);
      if (list) list.push(c);
      else map.set(k, [c]);
    }
  }
  // ("Average caseloads are 18 children per worker", "Each team looks after 18 children": a rate, or a count of each
  // of several, counts no set the article refers back to)
  const share = (o: Count) => RATE.test(o.tail) || EACH.test(text.slice(o.sentence.start, o.start));
  const earlier = (list: Count[], c: Count) => list.filter((o) => o.start < c.start && o.sentence !== c.sentence && !apart(o, c) && !share(o));
  // a count referred back to was a change only by its verbs: "six areas for improvement" names the areas
  // ("41 children who had waited more than a month": a bound on a length of time says nothing of the count)
  const refChanged = (o: Count) => REFERENCE_CHANGE.test(clauseOf(text, o.start, o.end, o.sentence.start, o.sentence.end).replace(TIME_BOUND, ''));
  for (const c of counts) {
    // the whole sentence counts here: "added two more, so the 16 actions are on track"; but "each of the five areas"
    // distributes over the set it names
    // (the bound's own "more" or "fewer" is no change)
    const own = c.bound ? text.slice(c.sentence.start, c.boundStart) + text.slice(c.end, c.sentence.end) : c.sentence.text;
    if (reported.has(c.start)) continue;
    const referred = c.definite || c.qualified;
    if (!referred || REFERENCE_CHANGE.test(own)) {
      // Three (or four) digits swapped, of the same counted noun in another sentence, are a slip even where the count is
      // not referred back to ("has 142 approved fostering households" ... "With 124 households across the region") and
      // whatever its sentence says of change ("The increase will cost £310,000 across the council's 148 fostering
      // households" after "184 approved in-house fostering households"); a bound is never read so.
      const o = c.value > 99 && !c.bound ? transposed(counts, c).filter((x) => x.head === c.head && x.sentence !== c.sentence).pop() : undefined;
      if (o) out.push(swapDiagnostic(text, c, o, referred));
      continue;
    }
    let before = earlier(byPhrase.get(c.phrase) ?? [], c);
    // a swap of digits is a slip whatever the clause of the count says of change, and whatever else was counted:
    // "212 children in care" ... "the 221 children in its care"
    const swapped = c.bound || before.some((o) => o.value === c.value) ? [] : transposed(counts, c, true);
    if (swapped.length) {
      out.push(swapDiagnostic(text, c, swapped[swapped.length - 1], true));
      continue;
    }
    if (sampleTotal(c)) continue;
    // "the five areas for improvement" refers back only to "six areas for improvement", not to "six areas"
    if (c.qualified) before = before.filter((o) => o.tail === c.tail);
    if (c.qualified && !before.length) continue;
    if (c.bound) {
      // "412 children" ... "the more than 430 children in its care": one exact count earlier, outside the bound
      before = before.filter((o) => !o.bound);
      if (before.length !== 1 || refChanged(before[0]) || withinBound(c.bound, c.value, before[0].value)) continue;
    } else if (before.length) {
      if (before.some((o) => o.value !== before[0].value || o.value === c.value || refChanged(o))) continue;
    } else {
      // "the five households" after "nine new fostering households" and "four of them": the noun was counted,
      // in other words, and the reference matches none of its counts
      // in fewer words: "the 12 high-risk cases" after "40 cases" is a part picked out, not the 40
      const words = c.phrase.split(' ');
      before = earlier(byHead.get(c.head) ?? [], c).filter((o) => {
        const theirs = o.phrase.replace(/^part\|/, '').split(' ');
        return words.every((w) => theirs.includes(w));
      });
      // "recruited 36 permanent social workers" ... "the 38 new recruits": what a verb of the noun's stem counted
      if (!before.length && !byHead.get(c.head)?.some((o) => o.start < c.start)) before = earlier(countedBy(text, counts, c.head), c);
      if (!before.length || before.some((o) => o.value === c.value || (refChanged(o) && !o.key.startsWith('part|')))) continue;
    }
    const o = before[before.length - 1];
    const said = text.slice(c.boundStart, c.quoteEnd);
    out.push(makeDiagnostic(text, c.boundStart, c.end, 'figure-conflict', 'warning',
      `“${said}” refers back to a count, but the article gave “${quote(o)}” before: the same count given as ${c.bound ? `“${text.slice(c.boundStart, c.end)}”` : c.value} and ${o.value}.`,
      { related: [{ start: o.start, end: o.end, message: `given as ${o.value} here: “${quote(o)}”` }] }));
  }
  return out;
}
