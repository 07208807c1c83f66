import * as assert from 'assert';
import { findArticleDate } from '../../server/src/analysis/articleDate';
import { extractDates } from '../../server/src/analysis/dates';
import { extractRatings } from '../../server/src/analysis/ratings';
import { prepareText } from '../../server/src/analysis/text';

function brief(text: string): (string | null)[][] {
  const article = prepareText(text);
  const rs = extractRatings(article, extractDates(article, findArticleDate(article)));
  for (const r of rs) assert.strictEqual(r.text, text.slice(r.start, r.end));
  return rs.map((r) => [r.text, r.status, r.subject]);
}

describe('grades in speech and argument (gradeSpeech)', () => {
  it('a capitalised grade opening a clause, then a verb, is the grade talked about; as the target it is hoped for', () => {
    assert.deepStrictEqual(brief('She said: “Good does not mean perfect.”'), [['Good', 'other', null]]);
    assert.deepStrictEqual(brief('“Adequate may not sound like much,” he said.'), [['Adequate', 'other', null]]);
    assert.deepStrictEqual(brief('“Good overall is a fair result,” the leader said.'), [['Good', 'other', null]]);
    assert.deepStrictEqual(brief('“Outstanding is the aim, and good is the floor,” she said.').slice(0, 1), [['Outstanding', 'aspiration', null]]);
    assert.deepStrictEqual(brief('“Good will follow if we get the basics right.”'), [['Good', 'aspiration', null]]);
    // everyday senses: a noun follows, or the word is lower case mid-clause
    assert.deepStrictEqual(brief('Good news is always welcome. Good practice was shared. Good morning, everyone. It was good to see. The food is good.'), []);
  });

  it('"Being good ..." and "Being no longer inadequate ..." open a clause about the grade', () => {
    assert.deepStrictEqual(brief('“Being good is not the same as being finished,” he said.'), [['good', 'other', null]]);
    assert.deepStrictEqual(brief('“Being no longer inadequate is not a reason to celebrate.”'), [['inadequate', 'other', null]]);
    assert.deepStrictEqual(brief('Being good at maths helps. He is being good today.'), []);
  });

  it('a council, a name or "we" under a modal or a past perfect; not a person or "that"', () => {
    assert.deepStrictEqual(brief('“I think Harrowby can be good, and one day outstanding,” she said.').slice(0, 1), [['good', 'other', 'Harrowby']]);
    assert.deepStrictEqual(brief('Asked whether the county council could be outstanding within five years, she laughed.'), [['outstanding', 'other', 'the county council']]);
    assert.deepStrictEqual(brief('She asked whether the other two homes could also be outstanding.'), [['outstanding', 'other', 'homes']]);
    assert.deepStrictEqual(brief('“If we had been good in 2016, we would not be here,” she said.'), [['good', 'other', null]]);
    assert.deepStrictEqual(brief('That would be good. It could be good for children. He could be good at this. It would be good to see more.'), []);
  });

  it('"I\'d like to see it be outstanding one day" is hoped for; "one day" may close a grade', () => {
    assert.deepStrictEqual(brief('“I would like to see it be outstanding one day.”'), [['outstanding', 'aspiration', null]]);
    assert.deepStrictEqual(brief('“Good is the target, and outstanding one day,” he said.').map((r) => r.slice(0, 2)), [['Good', 'aspiration'], ['outstanding', 'aspiration']]);
  });

  it('a grade moved to: "FROM FAILING TO GOOD", "to take this service to good"', () => {
    assert.deepStrictEqual(brief('FROM FAILING TO GOOD'), [['GOOD', 'awarded', null]]);
    assert.deepStrictEqual(brief('“I came in 2019 to take this department to good,” she said.'), [['good', 'aspiration', 'this department']]);
    assert.deepStrictEqual(brief('The new team took the service to good in two years.'), [['good', 'awarded', 'the service']]);
    assert.deepStrictEqual(brief('She put the money to good use. They went from strength to good effect.'), []);
  });

  it('"nothing less than good", "short of outstanding", "capacity to improve is good", "singled out as good"', () => {
    assert.deepStrictEqual(brief('Our children deserve nothing less than good.'), [['good', 'other', null]]);
    assert.deepStrictEqual(brief('Anything short of outstanding will disappoint him.'), [['outstanding', 'other', null]]);
    assert.deepStrictEqual(brief('Inspectors said its capacity to improve is good.').map((r) => r.slice(0, 2)), [['good', 'awarded']]);
    assert.deepStrictEqual(brief('Its adoption work was singled out as good.').map((r) => r.slice(0, 2)), [['good', 'awarded']]);
    assert.deepStrictEqual(brief('The results were less than good for the team. The room was more than adequate.'), []);
  });

  it('a council as the subject of "required improvement", closing its clause or before a date', () => {
    assert.deepStrictEqual(brief('Inspectors found that the council required improvement.'), [['required improvement', 'awarded', 'the council']]);
    assert.deepStrictEqual(brief('The service requires improvement in its record keeping.'), []);
  });

  it('"a good one" stands for the council only after "we", "us" or "it"', () => {
    assert.deepStrictEqual(brief('“We are an adequate one on paper, and I want us to be a good one by 2012,” she said.').map((r) => r.slice(0, 2)), [['adequate', 'awarded'], ['good', 'aspiration']]);
    assert.deepStrictEqual(brief('“That was a good one,” he joked. She told a good one about the mayor.'), []);
  });

  it('"Councils rated good often ...": an adverb may follow a rated grade, and a rating verb\'s object ends at a grade', () => {
    assert.deepStrictEqual(brief('“Councils rated good often stop investing in what made them good,” she said.'), [['good', 'other', null]]);
  });

  it('a span of time may follow a grade: "rated inadequate weeks after ...", "We were inadequate four years ago"', () => {
    assert.deepStrictEqual(brief('Harlow rated inadequate weeks after director quits').map((r) => r.slice(0, 2)), [['inadequate', 'awarded']]);
    assert.deepStrictEqual(brief('“We were inadequate four years ago,” she said.').map((r) => r.slice(0, 2)), [['inadequate', 'awarded']]);
    assert.deepStrictEqual(brief('Ofsted found children’s services in neighbouring Kenley inadequate two years ago.'), [['inadequate', 'awarded', 'children’s services in neighbouring Kenley']]);
    assert.deepStrictEqual(brief('The weather was good two days ago.'), []);
  });

  it('findings without a rating verb: "found that X requires improvement", "the verdict was inadequate", "it requires improvement again"', () => {
    assert.deepStrictEqual(brief('They found that the help and protection of children requires improvement, and that care is good.').slice(0, 1),
      [['requires improvement', 'awarded', 'the help and protection of children']]);
    assert.deepStrictEqual(brief('For care leavers the verdict was inadequate.'), [['inadequate', 'awarded', null]]);
    assert.deepStrictEqual(brief('Two of the four judgements were good.'), [['good', 'awarded', null]]);
    assert.deepStrictEqual(brief('Four years on it requires improvement again.'), [['requires improvement', 'awarded', null]]);
    assert.deepStrictEqual(brief('They found that the lift requires improvement in places. The verdict was good news.'), []);
  });

  it('the grade named in argument: "better than requires improvement", "But adequate is not ...", "Staying outstanding is harder", "to stay outstanding"', () => {
    assert.deepStrictEqual(brief('“Children deserve better than requires improvement, and I want more.”').map((r) => r.slice(0, 2)), [['requires improvement', 'other']]);
    assert.deepStrictEqual(brief('“But adequate is not where this county belongs.”').map((r) => r.slice(0, 2)), [['adequate', 'other']]);
    assert.deepStrictEqual(brief('“Staying outstanding is harder than getting there.”').map((r) => r.slice(0, 2)), [['outstanding', 'other']]);
    assert.deepStrictEqual(brief('The challenge was “to stay outstanding without the people who made it so”.').map((r) => r.slice(0, 2)), [['outstanding', 'other']]);
    assert.deepStrictEqual(brief('“In 2016 we were a council that required improvement.”').map((r) => r.slice(0, 2)), [['required improvement', 'other']]);
    assert.deepStrictEqual(brief('But good is relative. Staying good friends matters. Try to stay good.'), []);
  });

  it('a list of objects under one verb gathered by "all"; "also" after a grade in the same sentence', () => {
    assert.deepStrictEqual(brief('Inspectors judged help and protection, children in care and leadership all good, but said more.'),
      [['good', 'awarded', 'help and protection, children in care and leadership']]);
    assert.deepStrictEqual(brief('Overall effectiveness was judged inadequate, with the impact of leaders also inadequate.').map((r) => r[2]), ['effectiveness', 'the impact of leaders']);
    assert.deepStrictEqual(brief('It was good, and the food was also good.'), []);
  });
});

describe('grades as nouns in argument', () => {
  it('"an honest requires improvement than a flattering good": a grade under an adjective, before "than" or a clause end', () => {
    assert.deepStrictEqual(brief('“I would rather have an honest requires improvement than a flattering good,” he said.').map((r) => r.slice(0, 2)),
      [['requires improvement', 'other'], ['good', 'other']]);
    assert.deepStrictEqual(brief('She had a good time. He is a good than most. That is a good one.'), []);
  });

  it('after a grade in the sentence, "is not inadequate" with a council, a pronoun or the grade as subject; not "the funding was inadequate"', () => {
    assert.deepStrictEqual(brief('“A council that requires improvement is not inadequate.”').map((r) => r.slice(0, 2)), [['requires improvement', 'other'], ['inadequate', 'other']]);
    assert.deepStrictEqual(brief('The council was rated good, but the funding was inadequate.').map((r) => r[0]), ['good']);
  });

  it('quoted after "than"; councils in general after an attributive grade; "the ambition to be outstanding was realistic"', () => {
    assert.deepStrictEqual(brief('Fernley’s children deserve better than "requires improvement"').map((r) => r.slice(0, 2)), [['requires improvement', 'other']]);
    assert.deepStrictEqual(brief('Inspectors still make recommendations to outstanding councils.').map((r) => r.slice(0, 2)), [['outstanding', 'other']]);
    assert.deepStrictEqual(brief('He asked whether the ambition to be outstanding was realistic.').map((r) => r.slice(0, 2)), [['outstanding', 'aspiration']]);
  });
});

describe('grades after blind10: histories, outcomes, councils that became good', () => {
  it('a grade with its year in brackets ("Garnham – inadequate (2014), good (2017)") takes the label and the year', () => {
    assert.deepStrictEqual(brief('Garnham – inadequate (2014), good (2017)').map((r) => r.slice(0, 3)), [['inadequate', 'awarded', 'Garnham'], ['good', 'awarded', 'Garnham']]);
    assert.deepStrictEqual(brief('The weather was good (2014) and bad.').map((r) => r[0]), ['good']);
    assert.deepStrictEqual(brief('It felt good (honestly).'), []);
  });

  it('the pre-2013 outcomes: "the county was outstanding at helping children ..., good at keeping them healthy"', () => {
    assert.deepStrictEqual(brief('Inspectors found that the county was outstanding at helping children to contribute, good at keeping them healthy, but only adequate at keeping them safe.').map((r) => r[0]),
      ['outstanding', 'good', 'adequate']);
    assert.deepStrictEqual(brief('She is good at keeping secrets.'), []);
  });

  it('"judgement of good therefore stands", "got back to good", "councils that became good", "a good children’s service", "(grade 2) and its capacity to improve good"', () => {
    assert.deepStrictEqual(brief('The council’s judgement of good therefore stands.').map((r) => r[0]), ['good']);
    assert.deepStrictEqual(brief('The three that got back to good kept their director.').map((r) => r[0]), ['good']);
    assert.deepStrictEqual(brief('It will test whether councils that became good under the old regime can stay there.').map((r) => r[0]), ['good']);
    assert.deepStrictEqual(brief('“We have a good children’s service,” she said.').map((r) => r[0]), ['good']);
    assert.deepStrictEqual(brief('It judged Hawkmoor’s overall effectiveness adequate (grade 2) and its capacity to improve good (grade 3).').map((r) => r[2]),
      ['Hawkmoor’s overall effectiveness', 'its capacity to improve']);
    assert.deepStrictEqual(brief('The mood became good. We had a good children’s party.'), []);
  });

  it('"Being good twice teaches you that good is not somewhere you arrive"; "we are not good now"; "had never been inadequate"', () => {
    assert.deepStrictEqual(brief('“Being good twice teaches you that good is not somewhere you arrive,” she says.').map((r) => r[0]), ['good', 'good']);
    assert.deepStrictEqual(brief('“We were good five years ago and we are not good now.”').map((r) => r[0]), ['good', 'good']);
    assert.deepStrictEqual(brief('Askerby had never been inadequate.').map((r) => r.slice(0, 2)), [['inadequate', 'other']]);
    assert.deepStrictEqual(brief('The point was that good is a matter of taste? No: the food was good now.').map((r) => r[0]), ['good']);
  });

  it('"a council which has required improvement since 2016"; "children’s services are good and ... going to stay good"; "safeguarding in the county adequate"', () => {
    assert.deepStrictEqual(brief('“A council which has required improvement since 2016 is failing,” he said.').map((r) => r[0]), ['required improvement']);
    assert.deepStrictEqual(brief('“Our children’s services are good and they are going to stay good.”').map((r) => r[0]), ['good', 'good']);
    assert.deepStrictEqual(brief('A joint area review had also found safeguarding in the county adequate.').map((r) => r[0]), ['adequate']);
    assert.deepStrictEqual(brief('Our leisure services are good. The road has required improvement for years.'), []);
  });
});

describe('a quoted grade in a headline', () => {
  it('"\'ONLY ADEQUATE\', SAYS WATCHDOG" and "\'ADEQUATE\' - AND THIS TIME" are grades; "The \'good\' life" is not', () => {
    assert.deepStrictEqual(brief("HAWKMOOR MERCURY\nWednesday, 10th December 2008\n\nCOUNTY'S CHILDREN'S SERVICES 'ONLY ADEQUATE', SAYS WATCHDOG\n\nIt rained.").map((r) => r[0]), ['ADEQUATE']);
    assert.deepStrictEqual(brief("Tollerby Mercury\nWednesday 14 March 2012\n\n'ADEQUATE' - AND THIS TIME THAT IS PROGRESS\n\nIt rained.").map((r) => r[0]), ['ADEQUATE']);
    assert.deepStrictEqual(brief("Weekly\nWednesday 14 March 2012\n\nThe 'good' life\n\nIt rained. They said it was 'good', and left."), []);
  });
});

describe('the main clause after a reduced relative', () => {
  it('"Three councils rated inadequate under the framework are now good": the copula of the noun the first grade qualified', () => {
    assert.deepStrictEqual(brief('Three councils rated inadequate under Ofsted’s single inspection framework are now good.').map((r) => [r[0], r[2]]),
      [['inadequate', null], ['good', 'Three councils']]);
    assert.deepStrictEqual(brief('The council was rated good in 2019 and the food was good.').map((r) => r[0]), ['good']);
  });
});

describe('grades after blind11', () => {
  it('"when will Stanwold be good?", "Anyone who promises outstanding", "nobody would call inadequate now", "Lintonbury was inadequate in 2016"', () => {
    assert.deepStrictEqual(brief('So when will Stanwold be good?').map((r) => r.slice(0, 2)), [['good', 'aspiration']]);
    assert.deepStrictEqual(brief('Anyone who promises outstanding in their first month is wrong.').map((r) => r[0]), ['outstanding']);
    assert.deepStrictEqual(brief('He left one that nobody would call inadequate now.').map((r) => r.slice(0, 2)), [['inadequate', 'other']]);
    assert.deepStrictEqual(brief('“Lintonbury was inadequate in 2016,” he said.').map((r) => [r[0], r[2]]), [['inadequate', 'Lintonbury']]);
    assert.deepStrictEqual(brief('When will John be good? They call good food cheap. The pudding was outstanding.'), []);
  });

  it('"aim to be outstanding for care leavers", "Oxendale up to good", "did judge X to be good", "overall grade therefore requires improvement", "good (Scarrowby, inspected in 2015)"', () => {
    assert.deepStrictEqual(brief('The council will aim to be outstanding for care leavers.').map((r) => r.slice(0, 2)), [['outstanding', 'aspiration']]);
    assert.deepStrictEqual(brief('Oxendale up to good').map((r) => r[0]), ['good']);
    assert.deepStrictEqual(brief('They did judge the experiences of children in care to be good.').map((r) => r[2]), ['the experiences of children in care']);
    assert.deepStrictEqual(brief('The council’s overall grade therefore requires improvement.').map((r) => r[0]), ['requires improvement']);
    assert.deepStrictEqual(brief('Of its neighbours, one is good (Scarrowby, inspected in 2015).').map((r) => r[0]), ['good']);
  });

  it('a second object under one verb after "and" without a determiner, or after a short phrase closing the first', () => {
    assert.deepStrictEqual(brief('Ofsted rated safeguarding only adequate, and services for looked after children good.').map((r) => [r[0], r[2]]),
      [['adequate', 'safeguarding only'], ['good', 'services for looked after children']]);
    assert.deepStrictEqual(brief('Its fostering service was judged outstanding in its own inspection in the spring, and its adoption agency good in July.').map((r) => r[0]),
      ['outstanding', 'good']);
  });
});

describe('grades after blind12', () => {
  it('how long a grade lasts ("inadequate for three and a half years"), modals with "not" and "cannot", "on course for outstanding"', () => {
    assert.deepStrictEqual(brief('The council has been inadequate for three and a half years.').map((r) => r.slice(0, 2)), [['inadequate', 'awarded']]);
    assert.deepStrictEqual(brief('“We will not be inadequate for a day longer than we have to be.”').map((r) => r.slice(0, 2)), [['inadequate', 'other']]);
    assert.deepStrictEqual(brief('The council cannot be outstanding without adequate funding.').map((r) => r.slice(0, 2)), [['outstanding', 'other']]);
    assert.deepStrictEqual(brief('Its director said Gadsby was “on course for outstanding”.').map((r) => r.slice(0, 2)), [['outstanding', 'aspiration']]);
    assert.deepStrictEqual(brief('The food will not be good for long. It was good for a week. The course for good riders opened.'), []);
  });

  it('"that good would take two years", "said being good twice was hard", "A good or outstanding rating"', () => {
    assert.deepStrictEqual(brief('He said that good would take two more years.').map((r) => r[0]), ['good']);
    assert.deepStrictEqual(brief('She said being good twice was harder than getting there once.').map((r) => r[0]), ['good']);
    assert.deepStrictEqual(brief('“A good or outstanding rating is no guarantee,” she said.').map((r) => r.slice(0, 2)), [['good', 'other'], ['outstanding', 'other']]);
  });
});

describe('grades after blind12, second pass', () => {
  it('"children’s services in X are only adequate", "after an inadequate is", "Today they are outstanding", "a council which had been inadequate"', () => {
    assert.deepStrictEqual(brief("CHILDREN'S services in Arlingcote are only adequate, according to the annual rating.").map((r) => [r[0], r[2]]),
      [['adequate', "CHILDREN'S services in Arlingcote"]]);
    assert.deepStrictEqual(brief('“The temptation after an inadequate is to act fast,” he says.').map((r) => r.slice(0, 2)), [['inadequate', 'other']]);
    assert.deepStrictEqual(brief('Today they are outstanding.').map((r) => r[0]), ['outstanding']);
    assert.deepStrictEqual(brief('He said a council which had been inadequate four years ago should not be criticised.').map((r) => r[0]), ['inadequate']);
    assert.deepStrictEqual(brief('The staff are good. They are good at it. An outstanding debt is owed. The school, which opened in 2015, is now good.').map((r) => r[0]), []);
  });

  it('"X, which required improvement ... in 2015, is now inadequate": the main clause, a claim about now', () => {
    assert.deepStrictEqual(brief('Fenstow, which required improvement to be good when it was last inspected in 2015, is now inadequate.').map((r) => [r[0], r[2]]),
      [['required improvement to be good', 'Fenstow'], ['inadequate', 'Fenstow']]);
  });
});

describe('grades after blind13', () => {
  it('"said Wraxby required improvement", "the council was still inadequate", "Every council that is inadequate", "an inadequate service"', () => {
    assert.deepStrictEqual(brief('Inspectors in 2014 said Wraxby required improvement.').map((r) => [r[0], r[2]]), [['required improvement', 'Wraxby']]);
    assert.deepStrictEqual(brief('When I visited, the council was still inadequate.').map((r) => r.slice(0, 2)), [['inadequate', 'awarded']]);
    assert.deepStrictEqual(brief('Every council that is inadequate should publish a plan.').map((r) => r.slice(0, 2)), [['inadequate', 'other']]);
    assert.deepStrictEqual(brief('“You inherited an inadequate service. What did you find?”').map((r) => r[0]), ['inadequate']);
    assert.deepStrictEqual(brief('The café gave an outstanding service. The funding was still inadequate.'), []);
  });

  it('"between good and outstanding", "away from good", "given the council a good in every area", "Not inadequate is", "I\'d say outstanding is fragile"', () => {
    assert.deepStrictEqual(brief('What changed between good and outstanding?').map((r) => r.slice(0, 2)), [['good', 'other'], ['outstanding', 'other']]);
    assert.deepStrictEqual(brief('We are one bad winter away from good.').map((r) => r.slice(0, 2)), [['good', 'other']]);
    assert.deepStrictEqual(brief('They have given the council a good in every one of the three areas.').map((r) => r.slice(0, 2)), [['good', 'awarded']]);
    assert.deepStrictEqual(brief('“Good is a long way off. Not inadequate is where we start.”').map((r) => r[0]), ['Good', 'inadequate']);
    assert.deepStrictEqual(brief('“And I’d say outstanding is fragile.”').map((r) => r[0]), ['outstanding']);
    assert.deepStrictEqual(brief('It was a good in the end. They gave him a good telling off.'), []);
  });

  it('"expected to be good at the next inspection"; "Councils rated outstanding should share"; after a grade, "are both good"', () => {
    assert.deepStrictEqual(brief('He asked whether the council expected to be good at the next inspection.').map((r) => r.slice(0, 2)), [['good', 'aspiration']]);
    assert.deepStrictEqual(brief('Councils rated outstanding should share what they do.').map((r) => r[0]), ['outstanding']);
    assert.deepStrictEqual(brief('Our fostering service was rated outstanding in November, and our homes are both good.').map((r) => r[0]), ['outstanding', 'good']);
  });
});

describe('rating dates: the inspection before the publication', () => {
  it('"rated ... in a report published in November, after a three-week inspection in October" is dated October', () => {
    const t = 'Dales news\nTuesday 2 February 2027\n\nOfsted rated Coverthwaite\'s children\'s services requires improvement to be good in a report published in November, after a three-week inspection in October.';
    const article = prepareText(t);
    const [r] = extractRatings(article, extractDates(article, findArticleDate(article)));
    assert.deepStrictEqual([r.grade, r.date], ['requires improvement', '2026-10']);
    // with no inspection date, the publication gives the year
    const u = t.replace(', after a three-week inspection in October', '');
    const article2 = prepareText(u);
    assert.deepStrictEqual(extractRatings(article2, extractDates(article2, findArticleDate(article2))).map((x) => x.date), ['2026']);
  });
});
