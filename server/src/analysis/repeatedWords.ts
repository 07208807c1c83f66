// A word typed twice ("the the report", "a report of of the council"): the commonest slip a spell checker
// cannot see, since each word is spelt right. Only words whose doubling is never English are checked:
// "had had", "that that", "what it is is", "brought in in March" and "looked at at least" are all
// correct, so particles, "is", "was", "had" and "that" stay out, as do names ("Bora Bora") and
// content words ("Is good good enough?").
import { makeDiagnostic } from './consistencyUtil';
import { sentenceTokens, tight } from './nameTokens';
import { Diagnostic } from './schema';
import { ArticleText } from './text';

const NEVER_DOUBLED = new Set(('the a an of and or but nor for with from to into onto than their its our your my ' +
  'this these those which whose were are has have been will would should could can must not').split(' '));

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
      if (word !== b.lower || !NEVER_DOUBLED.has(word)) continue;
      out.push(makeDiagnostic(text, a.start, b.end, 'repeated-word', 'warning',
        `“${text.slice(a.start, b.end)}”: the word “${b.text}” is written twice.`, { suggestions: [a.text] }));
    }
  }
  return out;
}
