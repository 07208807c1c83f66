import * as assert from 'assert';
import { changesIn } from '../../server/src/analysis/countChanges';
import { findFigureConflicts } from '../../server/src/analysis/figureChecks';
import { prepareText } from '../../server/src/analysis/text';

const run = (t: string) => findFigureConflicts(prepareText(t)).map((d) => d.text);
const changes = (t: string) => changesIn(prepareText(t)).map((c) => [c.phrase, c.from, c.to]);

describe('countChanges: a count told as a change', () => {
  it('reads "the number of X has fallen from A to B" and "from A X to B", with the counted words', () => {
    assert.deepStrictEqual(changes('The number of agency social workers has fallen from 52 to 31 since September.'), [['agency social worker', 52, 31]]);
    assert.deepStrictEqual(changes('Getting from 58 agency social workers to fourteen took two years.'), [['agency social worker', 58, 14]]);
  });

  it('not years, lengths or times, nor a set picked out by words after it', () => {
    assert.deepStrictEqual(changes('The number of homes rose from 2019 to 2022. Waits fell from 22 months to 14. Referrals went from 412 last spring to 160.'), []);
    assert.deepStrictEqual(changes('The number of children waiting more than a month had fallen from 212 to 19.'), []);
  });

  it('flags the same change told again with one end the same and the other not', () => {
    const t = 'Over the same period the number of agency social workers fell from 58 to 11. She is blunt. ' +
      '"Getting from 58 agency social workers to 14 was the single biggest thing we did."';
    assert.deepStrictEqual(run(t), ['14']);
    assert.deepStrictEqual(run(t.replace('to 14', 'to 11')), []);
    // both ends different: two periods, not one change told twice
    assert.deepStrictEqual(run(t.replace('from 58 agency social workers to 14', 'from 70 agency social workers to 14')), []);
  });

  it('flags a count of the same words referred back to that is neither figure of the change', () => {
    const t = '4.1 The number of agency social workers has fallen from 52 to 31 since September 2026. ' +
      '5.2 The cost of the 34 agency social workers still employed is about £2.9m a year.';
    assert.deepStrictEqual(run(t), ['34']);
    assert.deepStrictEqual(run(t.replace('the 34', 'the 31')), []);
    // another count of those words in between may be what it refers to; a change in its own clause is no reference
    assert.deepStrictEqual(run(t.replace('5.2', 'The council then hired 34 agency social workers. 5.2')), []);
    assert.deepStrictEqual(run(t.replace('still employed is about', 'still employed has fallen to')), []);
    // one word ("the 34 children") may name any set of them
    assert.deepStrictEqual(run('The number of children has fallen from 52 to 31. The 34 children placed out of area cost most.'), []);
  });

  it('"children in care" names the set counted, and the time of the first figure may stand between ("from 486 in March 2024 to 451")', () => {
    const t = '4.1 The number of children in care has fallen from 486 in March 2024 to 451 in March 2027. Average caseloads are 18 children per worker. ' +
      '5.2 Under the plan, each of the council\'s 415 children in care will have a review.';
    assert.deepStrictEqual(changes(t), [['child', 486, 451]]);
    assert.deepStrictEqual(run(t), ['415']);
    assert.deepStrictEqual(run(t.replace('415', '451')), []);
    // "in care" must be said of the later count too: "the 415 children" may be any children
    assert.deepStrictEqual(run(t.replace("council\'s 415 children in care", "council\'s 415 children")), []);
  });
});

