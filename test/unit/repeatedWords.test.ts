import * as assert from 'assert';
import { analyzeArticle } from '../../server/src/analysis/analyze';
import { DEFAULT_OPTIONS } from '../../server/src/analysis/options';
import { findRepeatedWords } from '../../server/src/analysis/repeatedWords';
import { prepareText } from '../../server/src/analysis/text';
import { readSeed, seedNames } from '../seeds';

const run = (t: string) => findRepeatedWords(prepareText(t)).map((d) => [d.code, d.text, d.suggestions?.[0]]);

describe('repeatedWords: a word typed twice', () => {
  it('flags a doubled function word, spanning both, with the single word as the fix', () => {
    const t = 'The council published the the report on Tuesday.\nThe The review followed.';
    assert.deepStrictEqual(run(t), [['repeated-word', 'the the', 'the'], ['repeated-word', 'The The', 'The']]);
    const d = findRepeatedWords(prepareText(t))[0];
    assert.strictEqual(t.slice(d.start, d.end), 'the the');
    assert.match(d.message, /“the the”: the word “the” is written twice/);
  });

  it('flags "of of", "and and" and "to to", also across a no-break space', () => {
    assert.deepStrictEqual(run('Most of of the children were seen, and and the plan went to to cabinet in\u00a0the\u00a0the spring.').map((d) => d[1]),
      ['of of', 'and and', 'to to', 'the\u00a0the']);
  });

  it('leaves doublings that are English: "had had", "that that", particles, "is is", names and content words', () => {
    const t = 'The council had had three directors. She said that that was wrong. The rules brought in in March apply. ' +
      'They looked at at least 40 cases. What it is is a warning. Is good good enough? They went to Bora Bora. ' +
      "The children's children will benefit.";
    assert.deepStrictEqual(run(t), []);
  });

  it('"in in" and "on on" after a word that is no verb they may be the particle of ("four managers in in a year")', () => {
    const t = 'One team had had four managers in in a year. The report came out on on Friday. The rule kicks in in April. ' +
      'The service moved in in May. She stepped in in June. Staff carried on on Monday. It is the plan we agreed on on Monday.';
    assert.deepStrictEqual(run(t).map((d) => d[1]), ['in in', 'on on']);
  });

  it('does not join words across punctuation or a line break', () => {
    assert.deepStrictEqual(run('It was the one they chose, the. The report\nthe end.'), []);
    assert.deepStrictEqual(run('He said: "For, for the children." The, the rest.'), []);
  });

  it('reaches the analysis whether or not spelling is on, and a suppression silences it', () => {
    const text = 'Ofsted published the the report.\n';
    const codes = (t: string, spelling: boolean) => analyzeArticle(t, 'a.txt', { ...DEFAULT_OPTIONS, spelling }).diagnostics.map((d) => d.code);
    assert.deepStrictEqual(codes(text, true), ['repeated-word']);
    assert.deepStrictEqual(codes(text, false), ['repeated-word']);
    assert.deepStrictEqual(codes(`${text}inspection-lens-disable-file repeated-word\n`, true), []);
  });

  it('finds nothing in the seeds, which have no doubled word', () => {
    for (const name of seedNames()) assert.deepStrictEqual(findRepeatedWords(prepareText(readSeed(name))), [], name);
  });
});
