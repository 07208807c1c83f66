import * as assert from 'assert';
import { analyzeArticle } from '../../server/src/analysis/analyze';

const flagged = (t: string) => analyzeArticle(t, 'a.txt').diagnostics.filter((d) => d.code === 'grade-conflict').map((d) => d.text);

describe('gradeReferences: a grade referred back to', () => {
  const story = 'Friday 7 March 2025\n\nOfsted has told Claymouth Council that its children’s services require improvement to be good, after an inspection in January.\n\n' +
    'The council was judged good in 2021.\n\n';

  it('flags "the good rating" in a story that reports requires improvement, quoting both', () => {
    const t = story + 'The leader said the council had noted the good rating and would act.';
    assert.deepStrictEqual(flagged(t), ['good']);
    const d = analyzeArticle(t, 'a.txt').diagnostics.find((x) => x.code === 'grade-conflict')!;
    assert.match(d.message, /“the good …” refers back .* requires improvement/);
  });

  it('a question asserts no grade: "Q: Was the good judgement fair?"', () => {
    const refersBack = (t: string) => analyzeArticle(t, 'a.txt').diagnostics.filter((d) => /refers back/.test(d.message)).map((d) => d.text);
    assert.deepStrictEqual(refersBack(story + 'Q: Was the good judgement fair?\n\nA: Completely.'), []);
    assert.deepStrictEqual(refersBack(story + 'The leader said the good judgement was fair.'), ['good']);
  });

  it('a time to come of what is done about the grade ("would be discussed ... next month") places the grade at no other time; a caption heads no item', () => {
    assert.deepStrictEqual(flagged(story + 'The council said the good rating would be discussed by its panel next month.'), ['good']);
    assert.deepStrictEqual(flagged(story + 'Claymouth Council offices (Image: Claymouth News)\n\nThe council said the good rating would be discussed by its panel next month.'), ['good']);
    // a real heading opens an item of its own, whose grade is its own
    assert.deepStrictEqual(flagged(story + 'Elsewhere in the county\n\nThe council said the good rating would be discussed by its panel next month.'), []);
  });

  it('accepts the same grade, and a reference placed at another time or spoken of as a word of the scale', () => {
    assert.deepStrictEqual(flagged(story + 'The leader said the council had noted the requires improvement judgement.'), []);
    assert.deepStrictEqual(flagged(story + 'She joined six months after the good rating.'), []);
    assert.deepStrictEqual(flagged(story + 'Staff remember the previous good rating.'), []);
    assert.deepStrictEqual(flagged(story + 'In 2013 Ofsted replaced the adequate grade with requires improvement.'), []);
    // a year of another time set off by commas, even one whose date cannot be resolved
    assert.deepStrictEqual(flagged(story + 'Its good judgement, in a report published on 29 February 2023, was quoted for a year.'), []);
    assert.deepStrictEqual(flagged(story + 'Its good judgement, in a report published in January, was quoted for a year.'), ['good']);
  });

  it('a reference read as a remark still names the judgement ("Councillors will discuss the outstanding judgement"), unless denied, wished for or quoted', () => {
    assert.deepStrictEqual(flagged(story + 'Councillors will discuss the outstanding judgement at a meeting of the scrutiny committee.'), ['outstanding']);
    assert.deepStrictEqual(flagged(story + 'It is not the good rating everyone at the council wants.'), []);
    assert.deepStrictEqual(flagged(story + 'Professor Lee said: "The ones that improve never believed the inadequate judgement was about a bad year."'), []);
  });

  it('reads each item of a page of news in brief on its own', () => {
    const t = 'Friday 7 March 2025\n\nTreskelly moves up to good\n\nTreskelly Council’s children’s services have been upgraded to good after an inspection in January. ' +
      'The director said the outstanding overall judgement was a credit to staff.\n\nOther home outstanding\n\nDunmere’s home has been rated outstanding after a visit in February. ' +
      'The manager said the outstanding rating was deserved.';
    assert.deepStrictEqual(flagged(t), ['outstanding']);
  });

  it('a reference to one area\'s grade that the latest inspection gave ("The outstanding judgement for care leavers"), and a quote\'s "said:" line is no heading', () => {
    const t = 'Friday 5 June 2026\n\nScarthby’s children’s services have been judged good by Ofsted after an inspection in May, and care leavers were judged outstanding.\n\n' +
      'The cabinet member said:\n\n"The outstanding judgement for care leavers belongs to our young people."';
    assert.deepStrictEqual(flagged(t), []);
  });

  it('a reference through a possessive and quotes ("Despite the home\'s \'requires improvement\' rating")', () => {
    const t = 'Tuesday 16 June 2026\n\nOfsted has judged Larch House inadequate in all three areas after an inspection in May.\n\n' +
      'Despite the home\'s \'requires improvement\' rating, the provider kept taking children.';
    assert.deepStrictEqual(flagged(t), ['requires improvement']);
  });
});

describe('gradeReferences: a reference named by its owner', () => {
  const minutes = 'Minutes\n15 July 2027\n\n4.1 Ofsted inspected the fostering service from 7 to 11 June 2027. The report judged the service good overall, ' +
    'and the effectiveness of leaders and managers was judged outstanding.\n\n';
  it('"the service\'s outstanding rating" is the service\'s, graded good; the leaders\' outstanding area does not excuse it', () => {
    assert.deepStrictEqual(flagged(minutes + '4.5 The Chair said the service\'s outstanding rating was deserved.'), ['outstanding']);
    // without an owner the reference may be to the area's grade; an owner graded so is no conflict
    assert.deepStrictEqual(flagged(minutes + '4.5 The Chair said the outstanding rating was deserved.'), []);
    assert.deepStrictEqual(flagged(minutes + '4.5 The Chair said the service\'s good rating was deserved.'), []);
  });
});

describe('gradeReferences: a grade the item told before, undated', () => {
  it('"a year after the authority was judged inadequate ... The inadequate judgement had been a shock" names that grade', () => {
    const t = 'CARE LEADERS REVIEW\nInterviews | October 2027\n\nDr Ama Kessie became director at Penrhos Council in 2024, a year after the ' +
      'authority was judged inadequate. In August it was rated requires improvement to be good.\n\nWhat did you find?\n\n' +
      'The inadequate judgement had been a shock, and people were waiting to be blamed.';
    assert.deepStrictEqual(flagged(t), []);
    // with no inadequate grade told before, the reference is to August's inspection
    assert.deepStrictEqual(flagged(t.replace(', a year after the authority was judged inadequate', '')), ['inadequate']);
  });
});

describe('gradeReferences: the latest inspection\'s year in the reference', () => {
  it('"the council\'s good rating from 2025" after "rated requires improvement to be good ... in February 2025"', () => {
    const t = 'THE INTERVIEW\nTuesday 12 October 2027\n\nLudholme was rated requires improvement to be good at its last inspection, ' +
      'in February 2025, after being judged good in 2021.\n\nShe is wary of reading too much into the council\'s good rating from 2025.';
    assert.deepStrictEqual(flagged(t), ['good']);
    // a year of another inspection places it elsewhere
    assert.deepStrictEqual(flagged(t.replace('good rating from 2025', 'good rating from 2021')), []);
  });
});
