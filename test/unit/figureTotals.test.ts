import * as assert from 'assert';
import fc from 'fast-check';
import { findTotalConflicts } from '../../server/src/analysis/figureTotals';
import { prepareText } from '../../server/src/analysis/text';
import { referenceTotalConflicts } from '../referenceTotals';
import { readSeed, seedNames } from '../seeds';

const run = (t: string) => findTotalConflicts(prepareText(t)).map((d) => d.text);

describe('figureTotals: a total stated two ways', () => {
  it('"runs seven children\'s homes" then "all 9 of its homes", in words or digits, either order', () => {
    assert.deepStrictEqual(run('The council runs seven children’s homes of its own. Inspectors noted that all 9 of its homes now have a manager.'), ['9']);
    // the finding goes on the later figure, whichever form it takes
    assert.deepStrictEqual(run('He said all 7 of the council’s homes would stay open. The council runs five children’s homes.'), ['five']);
    assert.deepStrictEqual(run('The home looks after five children aged 11 to 17. Staff said that all 6 children had been asked.'), ['6']);
    // a total told as what the council has: "three of the council's 12 family hubs" / "all 14 of Ruddlestone's family hubs"
    assert.deepStrictEqual(run('The cabinet backed plans to shut three of the council’s 12 family hubs. A report says all 14 of Ruddlestone’s family hubs were scored.'), ['14']);
    assert.deepStrictEqual(run('It will shut three of its 14 family hubs. All 14 of Ruddlestone’s family hubs were scored.'), []);
    // "every one of our 11 homes" is a total too
    assert.deepStrictEqual(run('“Every one of our 11 homes is now rated good,” she said. The group employs 190 staff across its 12 homes in the north.'), ['12']);
    assert.deepStrictEqual(run('“Every one of our 12 homes is now rated good,” she said. The group employs 190 staff across its 12 homes in the north.'), []);
    assert.deepStrictEqual(run('Each of the five homes was visited. The group runs 12 homes.'), []);
    // a change word later in the sentence is about something else
    assert.deepStrictEqual(run('It runs five children’s homes of its own and still sends more than 40 children away. I was told that all seven of its homes were full.'), ['seven']);
    assert.deepStrictEqual(run('It runs five more children’s homes than last year. I was told that all seven of its homes were full.'), []);
  });

  it('not when the totals agree, when the "all" counts something else, or when a count is a part', () => {
    assert.deepStrictEqual(run('The council runs seven children’s homes. All seven homes were praised.'), []);
    assert.deepStrictEqual(run('The council runs seven children’s homes. All 12 staff at its homes were praised.'), []);
    assert.deepStrictEqual(run('Five homes were inspected this year. All 7 of its homes have managers.'), []);
  });

  it('"The company operates 14 children\'s homes" then "We run 12 homes": two counts of what one runs now', () => {
    assert.deepStrictEqual(run('The company operates 14 children’s homes in the north. “We run 12 homes and every one is safe,” she said.'), ['12']);
    // a year in either sentence may be another time's; what one has is no holding of this kind; the same count agrees
    assert.deepStrictEqual(run('The company operates 14 children’s homes. In 2019 it ran 12 homes.'), []);
    assert.deepStrictEqual(run('The company operates 14 children’s homes. It has 12 homes in Kent.'), []);
    assert.deepStrictEqual(run('The company operates 14 children’s homes. We run 14 homes.'), []);
  });

  it('finds what the global search of every cue sentence found, on random sentences and the seeds', () => {
    // Sentences of a verb or "all", a number and a noun, with odd case forms (Kelvin sign, long s), no-break
    // spaces and words that hold a verb or "all" inside them.
    const lead = ['The council runs', 'It RUNS', 'It ran', 'It has', 'It had', 'They have', 'It owns', 'It looks after', 'It loo\u212As after',
      'It ha\u017f', 'It employs', 'all', 'ALL', 'All', 'hall', 'x-has', '_has', 'éhas', 'It has now', 'all\u00a0'];
    const num = ['seven', 'Seven', 'twenty-one', '9', '12', '7', 'ten', 'tenth', '\u017fix', 'one', '2015'];
    const noun = ['homes', 'of its homes', 'of the council’s homes', 'staff', 'homes now', 'children’s homes', 'years', 'homes more', '%'];
    const sentence = fc.tuple(fc.constantFrom(...lead), fc.constantFrom(...num), fc.constantFrom(...noun)).map((w) => `${w.join(' ')}.`);
    const text = fc.array(sentence, { maxLength: 6 }).map((a) => a.join(' '));
    fc.assert(
      fc.property(text, (t) => {
        const article = prepareText(t);
        assert.deepStrictEqual(findTotalConflicts(article), referenceTotalConflicts(article), JSON.stringify(t));
      }),
      { numRuns: 5000 },
    );
    for (const name of seedNames()) {
      const article = prepareText(readSeed(name));
      assert.deepStrictEqual(findTotalConflicts(article), referenceTotalConflicts(article), name);
    }
  });

  it('raises nothing on the seeds', () => {
    for (const name of seedNames()) assert.deepStrictEqual(run(readSeed(name)), [], name);
  });
});
