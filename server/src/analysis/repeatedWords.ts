// A word typed twice ("the the report", "a report of of the council"): the commonest slip a spell checker
// cannot see, since each word is spelt right. Only words whose doubling is never English are checked:
// "had had", "that that", "what it is is" and "looked at at least" are all correct, so "at", "is", "was",
// "had" and "that" stay out, as do names ("Bora Bora") and content words ("Is good good enough?"); "in" and
// "on" count only after a word that is not a verb they may be the particle of.
import { makeDiagnostic } from './consistencyUtil';
import { sentenceTokens, tight } from './nameTokens';
import { Diagnostic } from './schema';
import { ArticleText } from './text';

const NEVER_DOUBLED = new Set(('the a an of and or but nor for with from to into onto than their its our your my ' +
  'this these those which whose were are has have been will would should could can must not').split(' '));

// "in" and "on" are particles of phrasal verbs as well as prepositions ("brought in in March", "carried on on Monday"):
// doubled, they are a slip only after a word that is no such verb ("four managers in in a year")
const PARTICLE_VERBS = new Set(('bring brought come came move put take took hand fill call step send sent phase log sign check drop settle set ' +
  'kick go went gone get got fit join pitch chip give gave given turn weigh cave lock break broke broken stay sit ' +
  'sat dig dug pay paid buy bought opt factor ease bed rope draft ship fly flew flown bus parachute pull let hem ' +
  'box fence wall tune zero cash trade plug key type write wrote written phone ring rang drive drove driven walk ' +
  'run ran stand stood draw drew drawn cut chime throw threw thrown pour roll rush flood sink sank sunk file ' +
  'usher swear swore sworn carry keep kept hold held hang hung pass catch caught lead led build built bear bore ' +
  'borne live close focus rely depend insist act agree decide report comment vote reflect touch hit follow count ' +
  'press work lean frown sleep wait look spend spent base dwell hinge center centre pile crack clamp pick cheat ' +
  'switch try tried').split(' '));

function particleVerb(word: string): boolean {
  if (PARTICLE_VERBS.has(word)) return true;
  const stems = [word.replace(/(?:es|s)$/, ''), word.replace(/s$/, ''), word.replace(/ed$/, ''), word.replace(/d$/, ''), word.replace(/ied$/, 'y'),
    word.replace(/ing$/, ''), word.replace(/ing$/, 'e'), word.replace(/(\w)\1(?:ed|ing)$/, '$1')];
  return stems.some((w) => w !== word && PARTICLE_VERBS.has(w));
}

export function findRepeatedWords(article: ArticleText): Diagnostic[] {
  const text = article.text;
  const out: Diagnostic[] = [];
  for (const toks of sentenceTokens(article)) {
    for (let i = 1; i < toks.length; i++) {
      const a = toks[i - 1];
      const b = toks[i];
      // a possessive's "'s" sits between the two ("the children's children"); only spaces on one line between them
      if (a.possessive || !tight(b.gap) || a.text.length !== b.text.length) continue;
      const word = a.lower;
      if (word !== b.lower) continue;
      if (!NEVER_DOUBLED.has(word) && !((word === 'in' || word === 'on') && i >= 2 && tight(a.gap) && !particleVerb(toks[i - 2].lower))) continue;
      out.push(makeDiagnostic(text, a.start, b.end, 'repeated-word', 'warning',
        `“${text.slice(a.start, b.end)}”: the word “${b.text}” is written twice.`, { suggestions: [a.text] }));
    }
  }
  return out;
}
