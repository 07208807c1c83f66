import * as assert from 'assert';
import { extractPeople } from '../../server/src/analysis/people';
import { prepareText } from '../../server/src/analysis/text';

const names = (t: string) => extractPeople(prepareText(t)).map((p) => p.name);

describe('nameCues: people known from beyond their own pair', () => {
  it('a full name whose surname is told alone after a reporting verb ("says Prowse.")', () => {
    const t = 'Long read\n\nOn a wet morning in 2014, Gethin Prowse sat in his car. "It was grim," says Prowse. Later the council recovered.';
    assert.deepStrictEqual(names(t), ['Gethin Prowse']);
    // the surname must end the clause after the verb: "says Stephen needs" tells nothing of "Kirkby Stephen"
    assert.deepStrictEqual(names('Long read\n\nIn 2014, Kirkby Stephen was flooded. The report says Stephen needs help.'), []);
  });

  it('a second name joined by "and" to a person', () => {
    assert.deepStrictEqual(names('Minutes\n\nThe panel heard from Sian Evans and Gethin Morgan.'), ['Sian Evans', 'Gethin Morgan']);
    assert.deepStrictEqual(names('Minutes\n\nThe panel visited Wendle Valley and Staithmoor East.'), []);
  });

  it('a letter signed off with the writer’s town on one line, under the letter', () => {
    const letter = 'Letters\n\nThe staff I worked with were excellent; the systems around them were not, and a council told it requires improvement should thank the inspectors.\n\n';
    assert.deepStrictEqual(names(`${letter}Carys Brackenthwaite, Greyford\n\nThe council replies\n\nWe agree.`), ['Carys Brackenthwaite']);
    // a heading over a paragraph is no signature
    assert.deepStrictEqual(names(`Letters\n\nHarbour Road, Greyford\n\n${letter.slice(9)}`), []);
  });

  it('a pair that is the name of a home is no person: "Chy Lowen House", "Heather Garth, Trenowyth Council’s short breaks home"', () => {
    assert.deepStrictEqual(names('News\n\nChy Lowen House will shut its doors. Heather Garth, Trenowyth Council’s short breaks home for disabled children, is outstanding.'), []);
    assert.deepStrictEqual(names('News\n\nHeather Garth, the home’s registered manager, said staff were proud.'), ['Heather Garth']);
  });

  it('reads the post before titles stacked on a name ("the leader of the council, Councillor Sir Bertram Fawdon")', () => {
    const people = extractPeople(prepareText('News\n\nThe leader of the council, Councillor Sir Bertram Fawdon, agreed. The chair, Cllr Dr Ann Bell, spoke. ' +
      'Liberal Democrat councillor Pete Harrow said no.'));
    assert.deepStrictEqual(people.map((p) => [p.name, p.roles]), [['Bertram Fawdon', ['leader of the council']], ['Ann Bell', ['chair']],
      ['Pete Harrow', ['Liberal Democrat councillor']]]);
  });

  it('a post, a relative clause saying which holder, then the name ("The director who took the service to good, Merryn Keigwin, left")', () => {
    const people = extractPeople(prepareText('News\n\nThe director who took the service to good, Merryn Keigwin, left in 2023.'));
    assert.deepStrictEqual(people.map((p) => [p.name, p.roles]), [['Merryn Keigwin', ['director']]]);
    // a clause with a comma of its own, or no post before "who", names no one
    assert.deepStrictEqual(names('News\n\nThe team that won, Leeds United, played. The director who, in 2019, took over, Merryn Keigwin, left.'), []);
  });

  it('"X Y, whose sons ..." names a person; "told Eastwold Tonight" and "told BBC News" name outlets', () => {
    assert.deepStrictEqual(names('News\n\nConall Lundie, whose two sons were in foster care, spoke. He told Eastwold Tonight it was fair, and told BBC News so.'),
      ['Conall Lundie']);
  });

  it('a body or place ending a post ("secretary of Ellersgarth Unison, said", "in Bro Tegwyn, added") is no speaker; "of Rosamund Kett MP" is', () => {
    assert.deepStrictEqual(names('News\n\nFoyzul Karim, branch secretary of Ellersgarth Unison, said morale had improved.'), ['Foyzul Karim']);
    assert.deepStrictEqual(names('News\n\nDr Meredydd, a former director of social services in Bro Tegwyn, added that it was early.'), ['Dr Meredydd']);
    assert.deepStrictEqual(names('News\n\n"It was never the point," she told Directorate Weekly last week.'), []);
    assert.deepStrictEqual(names('News\n\nThe newsletter of Rosamund Kett MP went out on Friday.'), ['Rosamund Kett']);
  });

  it('a post told in the past and held for a span of years is a former one ("was a social worker in Scalderby for 22 years")', () => {
    const [p] = extractPeople(prepareText('Column\n\nFraser Sutherland was a social worker in Scalderby for 22 years.'));
    assert.deepStrictEqual(p.roleMentions?.map((r) => [r.role, r.former]), [['social worker', true]]);
    const [q] = extractPeople(prepareText('Column\n\nFraser Sutherland is a social worker in Scalderby.'));
    assert.deepStrictEqual(q.roleMentions?.map((r) => [r.role, r.former]), [['social worker', false]]);
  });
});

describe('nameCues: a rank before a full name, an interviewer, counsel and a post held "currently"', () => {
  const roles = (t: string) => extractPeople(prepareText(t)).map((p) => [p.name, p.roles]);
  it('"Tribunal Judge Mairead Hegarty" and "District Judge Alana Whitbread" are people, with the court\'s rank as the post', () => {
    assert.deepStrictEqual(roles('Appeal\n\nIn a decision, Tribunal Judge Mairead Hegarty dismissed the appeal.'), [['Mairead Hegarty', ['tribunal judge']]]);
    assert.deepStrictEqual(roles('Court\n\nDistrict Judge Alana Whitbread made the order.'), [['Alana Whitbread', ['district judge']]]);
    // a rank with one name after it, or a street, is no person
    assert.deepStrictEqual(names('Court\n\nThe Judge Institute opened. Canon Street was closed.'), []);
  });

  it('"He talks to Corinne Straughan." names the interviewer; "Yaw Boadu, counsel for Ofsted" and "appointed X, currently assistant director at Y" name people with posts', () => {
    assert.deepStrictEqual(names('Interview\n\nKweku Oppong became principal social worker in January. He talks to Corinne Straughan.'), ['Kweku Oppong', 'Corinne Straughan']);
    assert.deepStrictEqual(roles('Appeal\n\nYaw Boadu, counsel for Ofsted, said the provider had been warned.'), [['Yaw Boadu', ['counsel for Ofsted']]]);
    assert.deepStrictEqual(roles('In brief\n\nMawbury Council has appointed Parminder Dhillon, currently assistant director for safeguarding at Tilldale Council, as its next director.'),
      [['Parminder Dhillon', ['assistant director for safeguarding']]]);
    // "talks to" a body is no cue
    assert.deepStrictEqual(names('Interview\n\nShe talks to Social Work England about it.'), []);
  });

  it('"Loukia Georgiou, for Ofsted, said" names a speaker; "Parent Farzana Miah, whose son ..." a parent, not "Parent Farzana Miah"; a letter signed by two', () => {
    assert.deepStrictEqual(names('Tribunal\n\nLoukia Georgiou, for Ofsted, said the improvements were too little.'), ['Loukia Georgiou']);
    assert.deepStrictEqual(names('Release\n\nParent Farzana Miah, whose son has stayed at the home, said: "Good."'), ['Farzana Miah']);
    assert.deepStrictEqual(roles('Report\n\nIdil Guled, regional organiser for the union, said no.'), [['Idil Guled', ['regional organiser for the union']]]);
    const letter = 'LETTERS\nThursday 4 June 2026\n\nWe have fostered for the council for years and we have never been so worried about the service as we are today.\n\n' +
      'Ayaan Dahir and Wayne Winsor, Bradcombe Hill\n\nThe next letter is long enough to be a paragraph of a letter, and it ends with a full stop.\n';
    assert.deepStrictEqual(names(letter), ['Ayaan Dahir', 'Wayne Winsor']);
    // "for" and a body with no reporting verb after it tells nothing
    assert.deepStrictEqual(names('Tribunal\n\nBrook Lane, for example, was closed.'), []);
  });

  it('"Dr Gayle, as Chief Executive, will write" gives a post set off by commas; "Ann Lee, as a parent, knows" gives none', () => {
    assert.deepStrictEqual(roles('Report\n\nDr Clifton Gayle spoke. Dr Gayle, as Chief Executive, will write to the region.'), [['Clifton Gayle', ['chief executive']]]);
    assert.deepStrictEqual(roles('Report\n\nAnn Lee, as a parent, knows this.'), [['Ann Lee', []]]);
  });
});
