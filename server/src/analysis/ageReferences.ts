// One child's age referred back to another way: "a 14-year-old boy" went missing ... "the 15-year-old had been
// placed". Checked only where the article gave one age before, for one person, and never the age referred to.
import { makeDiagnostic, NUMBER_WORD_SOURCE, parseCount } from './consistencyUtil';
import { Diagnostic } from './schema';
import { ArticleText } from './text';

const AGE = new RegExp(`\\b(\\d{1,2}|${NUMBER_WORD_SOURCE})[- \\u00a0]year[- \\u00a0]old(s?)\\b`, 'gi');
const DETERMINER = /\b(a|an|the|this|that)[ \u00a0]+$/i;
const NOUN_AFTER = /^[ \u00a0]+([a-z]+)/;
const PERSON = /^(?:boy|girl|child|son|daughter|teenager|youngster|pupil|resident|man|woman|brother|sister)$/;
// "now 15", "has since turned 15": an age that moved on
const AGE_MOVED = /\b(?:turned|birthday|now aged|by then)\b/i;

interface Age {
  start: number;
  end: number;
  value: number;
  plural: boolean;
  determiner: string;
  noun: string;
}

function agesIn(text: string): Age[] {
  const out: Age[] = [];
  for (const m of text.matchAll(AGE)) {
    const value = parseCount(m[1]);
    if (value === null) continue;
    const start = m.index!;
    const end = start + m[0].length;
    const noun = NOUN_AFTER.exec(text.slice(end, end + 24))?.[1] ?? '';
    out.push({ start, end, value, plural: !!m[2] || /^(?:boys|girls|children|sons|daughters|teenagers|youngsters|pupils|residents)$/.test(noun), determiner: DETERMINER.exec(text.slice(Math.max(0, start - 6), start))?.[1].toLowerCase() ?? '', noun });
  }
  return out;
}

/** An age told elsewhere without "year-old": ", 15," "aged 15", "(15)". */
const bareAge = (text: string, value: number) => new RegExp(`(?:\\baged|\\bage of|,|\\()[ \\u00a0]*${value}\\b`).test(text);

export function findAgeReferences(article: ArticleText): Diagnostic[] {
  const text = article.text;
  if (!/year[- \u00a0]old/i.test(text)) return [];
  const ages = agesIn(text);
  const out: Diagnostic[] = [];
  for (let i = 1; i < ages.length; i++) {
    const ref = ages[i];
    if (ref.determiner !== 'the' && ref.determiner !== 'this' || ref.plural) continue;
    const before = ages.slice(0, i);
    const intro = before.find((a) => a.determiner === 'a' || a.determiner === 'an');
    if (!intro || before.some((a) => a.plural || a.value !== intro.value) || intro.value === ref.value) continue;
    // "a 14-year-old boy" ... "the 15-year-old girl" are two children
    if (PERSON.test(ref.noun) && PERSON.test(intro.noun) && ref.noun !== intro.noun) continue;
    const between = text.slice(intro.end, ref.start);
    if (AGE_MOVED.test(between) || bareAge(text.slice(0, ref.start), ref.value)) continue;
    const first = text.slice(intro.start, intro.end + (intro.noun ? intro.noun.length + 1 : 0));
    out.push(makeDiagnostic(text, ref.start, ref.end, 'figure-conflict', 'warning',
      `“${text.slice(ref.start, ref.end)}” here, but “${first}” earlier, and no other child of that age: one age written two ways.`,
      { related: [{ start: intro.start, end: intro.end, message: `aged ${intro.value} here` }] }));
  }
  return out;
}
