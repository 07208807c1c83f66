import * as assert from 'assert';
import { findArticleDate } from '../../server/src/analysis/articleDate';
import { extractDates } from '../../server/src/analysis/dates';
import { extractRatings } from '../../server/src/analysis/ratings';
import { prepareText } from '../../server/src/analysis/text';

// Every text below opens with a sentence naming Ofsted, as the articles the fallback reads do.
const OPENING = 'Ofsted published its report on the council this week.\n\n';

function gradesIn(sentence: string): string[] {
  const text = OPENING + sentence;
  const article = prepareText(text);
  return extractRatings(article, extractDates(article, findArticleDate(article)))
    .filter((r) => r.start >= OPENING.length)
    .map((r) => `${r.text}/${r.status}`);
}

describe('grades no frame reads (gradeFallback)', () => {
  it('"inadequate" and "requires improvement" where no everyday sense is read', () => {
    assert.deepStrictEqual(gradesIn('Hensham was inadequate in 2020 and has since climbed to requires improvement.'), ['inadequate/awarded', 'requires improvement/awarded']);
    assert.deepStrictEqual(gradesIn('Nobody wants to hear three words about their own council: inadequate, inadequate, inadequate.').length, 3);
    assert.deepStrictEqual(gradesIn('"For three years we were told requires improvement was a stepping stone," she said.'), ['requires improvement/awarded']);
    assert.deepStrictEqual(gradesIn('Of the 41 homes inspected, 33 were rated good or outstanding and two inadequate.').slice(-1), ['inadequate/awarded']);
  });

  it('"outstanding" closing a clause, not as "unresolved" or praise of a thing', () => {
    assert.deepStrictEqual(gradesIn('Harnley was outstanding when I arrived, she said.'), ['outstanding/awarded']);
    assert.deepStrictEqual(gradesIn('After that, why not outstanding? We will see.'), ['outstanding/other']);
    assert.deepStrictEqual(gradesIn('Too many assessments were still outstanding when inspectors arrived.'), []);
    assert.deepStrictEqual(gradesIn('Fourteen actions from the plan remained outstanding and were carried over.'), []);
    assert.deepStrictEqual(gradesIn('The council still has outstanding debts, outstanding complaints and a backlog.'), []);
    assert.deepStrictEqual(gradesIn("Most read: 'Outstanding' bakery on Market Street named best in county."), []);
  });

  it('"inadequate" before a noun it qualifies is not a grade', () => {
    assert.deepStrictEqual(gradesIn('The union said "inadequate staffing" was to blame.'), []);
  });

  it('"good" and "adequate" only as the predicate of a council, a service, a name or a pronoun, where grades are spoken of', () => {
    assert.deepStrictEqual(gradesIn('In 2016 it was rated inadequate. By 2021 it was good, and the council celebrated.'), ['inadequate/awarded', 'good/awarded']);
    assert.deepStrictEqual(gradesIn('Four years on from the inspection, Crennock is good.'), ['good/awarded']);
    assert.deepStrictEqual(gradesIn('The food at the inspection day was good.'), []);
    assert.deepStrictEqual(gradesIn('It was good, she said, to see the staff again.'), []);
    assert.deepStrictEqual(gradesIn('The council said it was good news for the inspection team.'), []);
  });

  it('"an inadequate one", "below good", "a good council" where grades are spoken of, and "requires improvement" as a copula\'s subject', () => {
    assert.deepStrictEqual(gradesIn('A good rating is not the finish line, and an inadequate one is not the end of the road.').slice(-1), ['inadequate/other']);
    assert.deepStrictEqual(gradesIn('It has not been below good since, and was found outstanding in February.')[0], 'good/other');
    assert.deepStrictEqual(gradesIn('Join a good council that wants to be outstanding.')[0], 'good/awarded');
    assert.deepStrictEqual(gradesIn('"We are not going to pretend requires improvement is good enough," she said.'), ['requires improvement/other']);
    // no grade talk: praise of a council, a "good one" and an everyday "one"
    assert.deepStrictEqual(gradesIn('It is a good council to work for, staff said.'), []);
    assert.deepStrictEqual(gradesIn('The new hub is a good one, parents said.'), []);
  });

  it('an adverb between the rating verb and its grade: "was judged only adequate", "rated just good"', () => {
    assert.deepStrictEqual(gradesIn('In 2009 the council was judged only adequate, and the paper said so.'), ['adequate/awarded']);
    assert.deepStrictEqual(gradesIn('The home was rated just good in 2019.'), ['good/awarded']);
    assert.deepStrictEqual(gradesIn('The home was rated just good enough by parents.'), []);
  });

  it('"a local authority that is at least good", "inadequate today", "an outstanding home", a clause-closing "require improvement" beside another grade', () => {
    // (the grade is found; "wants" stands too far back to make it an aspiration)
    assert.deepStrictEqual(gradesIn('Ofsted wants every child to be supported by a local authority that is at least good.').map((r) => r.split('/')[0]), ['good']);
    assert.deepStrictEqual(gradesIn('A council that is inadequate today may change.'), ['inadequate/other']);
    assert.deepStrictEqual(gradesIn('We want every child to live in an outstanding home.'), ['outstanding/aspiration']);
    assert.deepStrictEqual(gradesIn('Help and protection require improvement; children in care were judged good.'), ['require improvement/awarded', 'good/awarded']);
    // a relative pronoun after an everyday noun, and a plan that requires improvement with no grade beside it
    assert.deepStrictEqual(gradesIn('The food that was good ran out.'), []);
    assert.deepStrictEqual(gradesIn('The plan requires improvement; the board agreed.'), []);
  });

  it('a grade that is the whole sentence answers a question ("What grade did Thrushgate get? Good."), not a greeting or a quoted remark', () => {
    assert.deepStrictEqual(gradesIn('What grade did Thrushgate get?\n\nGood. Inspectors praised the front door.'), ['Good/awarded']);
    assert.deepStrictEqual(gradesIn('Good morning. "Good," she said, and sat down.'), []);
  });

  it('"what good looks like" (a grade talked about), and a run of grades each for an area', () => {
    assert.deepStrictEqual(gradesIn('The team has shown the rest of the department what outstanding looks like.'), ['outstanding/other']);
    assert.deepStrictEqual(gradesIn('It was judged outstanding for how well children are protected, and good for the effectiveness of leaders.'), ['outstanding/awarded', 'good/awarded']);
    // "good for" with no grade before it is everyday praise
    assert.deepStrictEqual(gradesIn('The new rota is good for staff, and good for families.'), []);
  });

  it('nothing without a word of inspections anywhere in the text', () => {
    const text = 'The road was inadequate in 2020, the residents said. It is still inadequate.';
    const article = prepareText(text);
    assert.deepStrictEqual(extractRatings(article, extractDates(article, findArticleDate(article))), []);
  });

  it('"at least good" is a floor on the scale, wanted where the sentence wants it', () => {
    assert.deepStrictEqual(gradesIn('The Cabinet wanted all three homes to be at least good by the end of the year.'), ['good/aspiration']);
    assert.deepStrictEqual(gradesIn('I want every child to be looked after by a council that is at least good.'), ['good/aspiration']);
    assert.deepStrictEqual(gradesIn('Nine in ten councils are now at least good.'), ['good/awarded']);
    assert.deepStrictEqual(gradesIn('The food was at least good enough.'), []);
  });

  it('"to be good again", "to be good at our next inspection", "to be good by 2026" are aims; "to be good at listening" is no grade', () => {
    assert.deepStrictEqual(gradesIn('The first step is to be good again at our next inspection.'), ['good/aspiration']);
    assert.deepStrictEqual(gradesIn('The plan is for Ashby to be good by 2026.'), ['good/aspiration']);
    assert.deepStrictEqual(gradesIn('Social workers need to be good at listening to children.'), []);
  });

  it('"a good service" where the sentence names another grade, not a good service to families alone', () => {
    assert.deepStrictEqual(gradesIn('Lead a good service on its way to outstanding.').map((x) => x.split('/')[0]), ['good', 'outstanding']);
    assert.deepStrictEqual(gradesIn('The library gives a good service to families.'), []);
  });

  it('a move on the scale ("upgrades council to good", "moved up a grade, to good") and "not yet good"', () => {
    assert.deepStrictEqual(gradesIn('Children’s services transformed as Ofsted upgrades council to good.'), ['good/awarded']);
    assert.deepStrictEqual(gradesIn('Its services have moved up a grade, to good, in a report published on Monday.'), ['good/awarded']);
    assert.deepStrictEqual(gradesIn('Many children live where services are not yet good.'), ['good/other']);
    // everyday senses: a move to a good place, "not yet adequate" of a plan, "not yet good enough"
    assert.deepStrictEqual(gradesIn('The family moved to good housing. The plan was not yet adequate. It is not yet good enough.'), []);
  });

  it('a predicate grade that talks of grades by itself ("good again", "good or better", "good a year ago"), aimed at after "not ... until"', () => {
    assert.deepStrictEqual(gradesIn('"I will not be happy until both homes are good or better," she said.'), ['good/aspiration']);
    assert.deepStrictEqual(gradesIn('The council will not rest until Sandmartin is good again.'), ['good/aspiration']);
    assert.deepStrictEqual(gradesIn('"It was good a year ago," he said.'), ['good/awarded']);
    assert.deepStrictEqual(gradesIn('Our service is on its way to outstanding.'), ['outstanding/aspiration']);
    // not of things no inspection rates
    assert.deepStrictEqual(gradesIn('The food was good a year ago, and the weather is good again.'), []);
  });
});
