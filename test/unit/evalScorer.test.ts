// The held-out evaluation's matching rules (bench/eval), pinned on tiny hand-made inputs.
import * as assert from 'node:assert';
import { GoldArticle, locateSpan, fillSpans, checkSpans } from '../../bench/eval/gold';
import { matchPeople, PredArticle, prf, scoreArticle } from '../../bench/eval/match';
import { normaliseName, normaliseRole, overlaps, rolesMatch } from '../../bench/eval/normalise';

const emptyGold = (): GoldArticle => ({ file: 'a.txt', articleDate: null, people: [], ratings: [], dates: [], diagnostics: [] });
const emptyPred = (): PredArticle => ({ file: 'eval/articles/a.txt', articleDate: null, people: [], ratings: [], dates: [], diagnostics: [] });

describe('eval scorer: normalisation', () => {
  it('drops titles, full stops, case and curly apostrophes from names', () => {
    assert.strictEqual(normaliseName('Mrs Sue O’Neill'), "sue o'neill");
    assert.strictEqual(normaliseName('Cllr. J. Whitfield'), 'j whitfield');
    assert.strictEqual(normaliseName('Baroness Kershaw'), 'kershaw');
    assert.strictEqual(normaliseName("Okoro's"), 'okoro');
    // A title alone is not dropped to nothing.
    assert.strictEqual(normaliseName('Sir'), 'sir');
  });
  it('drops determiners and possessives from roles', () => {
    assert.strictEqual(normaliseRole("the council's director of children’s services"), 'council director of children services');
  });
});

describe('eval scorer: lenient role match', () => {
  it('accepts containment on word boundaries in either direction', () => {
    assert.ok(rolesMatch("Ofsted's regional director for the East of England", 'regional director for the East of England'));
    assert.ok(rolesMatch('director', "executive director of children's services"));
  });
  it('accepts token-set Jaccard of at least 0.6', () => {
    // {cabinet, member, children, services} vs {cabinet, member, for, children, services}: 4/5 = 0.8
    assert.ok(rolesMatch("cabinet member, children's services", "cabinet member for children's services"));
  });
  it('rejects roles that share too little, or only part of a word', () => {
    assert.ok(!rolesMatch('chief executive', "director of children's services"));
    // a post told by its verb is the post
    assert.ok(rolesMatch("chairs the Wychford Foster Carers' Association", "chair of the Wychford Foster Carers' Association"));
    assert.ok(rolesMatch("chaired the Rombaldale Foster Carers' Association", "chair of the Rombaldale Foster Carers' Association"));
    assert.ok(rolesMatch('leads the opposition group', 'leader of the opposition group'));
    assert.ok(!rolesMatch('chairs the scrutiny panel', 'chief executive of the trust'));
    assert.ok(!rolesMatch('head', 'headteacher'));
    assert.ok(!rolesMatch('cabinet member for housing', 'cabinet member for children and families'));
  });
});

describe('eval scorer: spans', () => {
  const text = 'Rated good in 2012; rated good again in 2015.';
  it('locates a needle inside a unique context, and refuses an ambiguous one', () => {
    assert.deepStrictEqual(locateSpan(text, { in: 'good again', text: 'good' }), { start: 26, end: 30 });
    assert.throws(() => locateSpan(text, { text: 'good' }), /occurs 2 times/);
    assert.deepStrictEqual(locateSpan(text, { text: 'good', nth: 1 }), { start: 26, end: 30 });
    assert.throws(() => locateSpan(text, { text: 'adequate' }), /not in the article/);
    // Whole words only: the needle is never the tail of a longer word, in the context or the text.
    const t2 = 'from inadequate to adequate';
    assert.deepStrictEqual(locateSpan(t2, { in: 'inadequate to adequate', text: 'adequate' }), { start: 19, end: 27 });
    assert.deepStrictEqual(locateSpan(t2, { text: 'adequate' }), { start: 19, end: 27 });
  });
  it('fills offsets and then notices when the article changes under them', () => {
    const gold = emptyGold();
    gold.dates.push({ text: '2015', resolved: '2015' });
    assert.strictEqual(fillSpans(text, gold), 1);
    assert.deepStrictEqual(checkSpans(text, gold), []);
    assert.strictEqual(checkSpans(`X${text}`, gold).length, 1);
  });
  it('treats touching spans as apart and nested spans as overlapping', () => {
    assert.ok(!overlaps({ start: 0, end: 4 }, { start: 4, end: 8 }));
    assert.ok(overlaps({ start: 0, end: 10 }, { start: 4, end: 5 }));
  });
});

describe('eval scorer: people and roles', () => {
  it('matches by canonical name first, then by alias, one prediction per gold person', () => {
    const gold = [
      { name: 'Stephen Hargreaves', aliases: ['Mr Hargreaves', 'Steven Hargreaves'], roles: [] },
      { name: 'Edith Crane', aliases: ['Baroness Crane'], roles: [] },
    ];
    const pairs = matchPeople(gold, [
      { name: 'Steven Hargreaves', roles: [] },
      { name: 'Mr Stephen Hargreaves', roles: [] },
      { name: 'Crane', roles: [] },
      { name: 'Edith Crane', roles: [] },
      { name: 'Hallworth', roles: [] },
    ]);
    assert.strictEqual(pairs.get(1), 0); // the full canonical name wins the person
    assert.strictEqual(pairs.has(0), false); // the split-off variant is then a false person
    // The exact canonical name is paired before any alias, so 'Edith Crane' wins over 'Crane'.
    assert.strictEqual(pairs.get(3), 1);
    assert.strictEqual(pairs.has(2), false);
    assert.strictEqual(pairs.has(4), false); // a name the gold does not know
  });
  it('counts (person, role) pairs, with roles of a false person as false and of a missed person as missed', () => {
    const gold = emptyGold();
    gold.people.push(
      { name: 'Helen Chau', aliases: ['Ms Chau'], roles: [{ role: "director of children's services" }, { role: 'chair', optional: true }] },
      { name: 'Ayesha Rahman', aliases: [], roles: [{ role: 'leader of the council' }] },
    );
    const pred = emptyPred();
    pred.people.push(
      { name: 'Helen Chau', roles: ["the director of children’s services", 'chair', 'mother'] },
      { name: 'Ravensbury Council', roles: ['employer'] },
    );
    const s = scoreArticle(gold, pred);
    assert.deepStrictEqual(s.people, { tp: 1, fp: 1, fn: 1 });
    // director: hit; chair: matches an optional role, ignored; mother and employer: false; leader: missed.
    assert.deepStrictEqual(s.roles, { tp: 1, fp: 2, fn: 1 });
  });
});

describe('eval scorer: ratings, dates and diagnostics', () => {
  const text = 'Published 3 May 2019. It was rated good last month, and aims to be outstanding. Good news, Ofstead said.';
  const gold = emptyGold();
  gold.articleDate = '2019-05-03';
  gold.ratings.push(
    { in: 'rated good', text: 'good', grade: 'good', status: 'awarded', subject: null, date: '2019-04' },
    { text: 'outstanding', grade: 'outstanding', status: 'aspiration', subject: null, date: null },
  );
  gold.dates.push({ text: '3 May 2019', resolved: '2019-05-03' }, { text: 'last month', resolved: ['2019-04'] });
  gold.diagnostics.push({ text: 'Ofstead', code: ['spelling', 'name-variant'] });
  fillSpans(text, gold);

  it('needs the same grade on an overlapping span; status and date are scored apart', () => {
    const pred = emptyPred();
    pred.ratings.push(
      { start: 25, end: 39, text: text.slice(25, 39), grade: 'good', status: 'other', subject: null, date: '2019-04' },
      { start: 68, end: 79, text: 'outstanding', grade: 'good', status: 'aspiration', subject: null, date: null },
      { start: 81, end: 85, text: 'Good', grade: 'good', status: 'awarded', subject: null, date: null },
    );
    const s = scoreArticle(gold, pred);
    assert.deepStrictEqual(s.ratings, { tp: 1, fp: 2, fn: 1 });
    assert.deepStrictEqual(s.ratingStatus, { right: 0, total: 1 });
    assert.deepStrictEqual(s.ratingDate, { right: 1, total: 1 });
    assert.deepStrictEqual(s.ratingDateCompatible, { right: 1, total: 1 });
  });
  it('counts a rating date made more precise as compatible but not exact', () => {
    const pred = emptyPred();
    pred.ratings.push({ start: 35, end: 39, text: text.slice(35, 39), grade: 'good', status: 'awarded', subject: null, date: '2019-04-02' });
    const s = scoreArticle(gold, pred);
    assert.deepStrictEqual(s.ratingDate, { right: 0, total: 1 });
    assert.deepStrictEqual(s.ratingDateCompatible, { right: 1, total: 1 });
  });
  it('scores date spans and resolved values separately', () => {
    const pred = emptyPred();
    pred.articleDate = '2019-05-03';
    pred.dates.push(
      { start: 10, end: 20, text: '3 May 2019', resolved: '2019-05-03' },
      { start: 40, end: 50, text: 'last month', resolved: '2019-05' },
    );
    const s = scoreArticle(gold, pred);
    assert.deepStrictEqual(s.dates, { tp: 2, fp: 0, fn: 0 });
    assert.deepStrictEqual(s.datesResolved, { tp: 1, fp: 1, fn: 1 });
    assert.deepStrictEqual(s.articleDate, { right: 1, total: 1 });
    assert.strictEqual(prf(s.datesResolved).f1, 0.5);
  });
  it('a range annotated as one span ("2015 to 2021") may be predicted as its two ends; a date outside it or of another value still counts', () => {
    const t = 'She was director from 2015 to 2021 and left in 2022.';
    const g = emptyGold();
    g.dates.push({ text: '2015 to 2021', resolved: ['2015', '2021'] }, { text: '2022', resolved: '2022' });
    fillSpans(t, g);
    const at = (w: string) => ({ start: t.indexOf(w), end: t.indexOf(w) + w.length, text: w, resolved: w });
    const both = emptyPred();
    both.dates.push(at('2015'), at('2021'), at('2022'));
    assert.deepStrictEqual(scoreArticle(g, both).dates, { tp: 2, fp: 0, fn: 0 });
    const wrong = emptyPred();
    wrong.dates.push(at('2015'), { ...at('2021'), resolved: '2020' }, at('2022'));
    assert.deepStrictEqual(scoreArticle(g, wrong).dates, { tp: 2, fp: 1, fn: 0 });
  });

  it('matches diagnostics by overlapping span and an accepted code, and tallies false alarms by code', () => {
    const pred = emptyPred();
    const at = text.indexOf('Ofstead');
    pred.diagnostics.push(
      { start: at, end: at + 7, text: 'Ofstead', code: 'name-variant' },
      { start: 0, end: 9, text: 'Published', code: 'spelling' },
      { start: at, end: at + 7, text: 'Ofstead', code: 'us-spelling' },
    );
    const s = scoreArticle(gold, pred);
    assert.deepStrictEqual(s.diagnostics, { tp: 1, fp: 2, fn: 0 });
    assert.deepStrictEqual(s.falseAlarmCodes, { spelling: 1, 'us-spelling': 1 });
  });
});
