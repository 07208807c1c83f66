import * as assert from 'assert';
import { formerOf, people, person, rolesOf } from '../peopleHelpers';
import { readSeed } from '../seeds';

describe('roles: seeds', () => {
  it('000: Sue Westcott, current and former roles; Sheila Scott; John Richards former director', () => {
    const ps = people(readSeed('000'));
    const sue = person(ps, 'Sue Westcott');
    assert.ok(sue.roles.includes("executive director of children's services"));
    const assistant = sue.roleMentions!.find((r) => r.role === 'assistant director of safeguarding families and communities');
    assert.ok(assistant && assistant.former, 'having previously served as ... is former');
    assert.ok(!sue.roleMentions!.find((r) => r.role === "executive director of children's services")!.former);
    assert.deepStrictEqual(person(ps, 'Sheila Scott').roles, ["cabinet member for children's services"]);
    const richards = person(ps, 'John Richards').roleMentions!;
    assert.deepStrictEqual(richards.map((r) => [r.role, r.former]), [['director', true]]);
  });

  it('002: pre-modifier roles, with and without an organisation before them', () => {
    const ps = people(readSeed('002'));
    assert.deepStrictEqual(person(ps, 'John Richards').roles, ["director of children's services"]);
    assert.deepStrictEqual(person(ps, 'Adrian Loades').roles, ["director of children's services"]);
    assert.deepStrictEqual(person(ps, 'Sheila Scott').roles, ["cabinet member for children's services"]);
    assert.deepStrictEqual(person(ps, 'Janaki Mahadevan').roles, []);
  });

  it('003: interim head and Peterborough MP', () => {
    const ps = people(readSeed('003'));
    assert.deepStrictEqual(person(ps, 'Malcolm Newsam').roles, ["interim children's services head"]);
    assert.deepStrictEqual(person(ps, 'Stewart Jackson').roles, ['Peterborough MP']);
  });

  it('001 and 004: apposition cut at "at", appointment, and "Y, X"', () => {
    assert.deepStrictEqual(rolesOf(readSeed('001'), 'Wendi Ogle-Welbourn'), ['executive director for people and communities']);
    const sue = person(people(readSeed('004')), 'Sue Westcott');
    assert.deepStrictEqual(sue.roles, ["executive director of children's services", "director of children's services"]);
    assert.deepStrictEqual(person(people(readSeed('004')), 'Malcolm Newsam').roles, []);
  });

  it('every role mention span is the document text and never carries punctuation', () => {
    for (const seed of ['000', '001', '002', '003', '004']) {
      const text = readSeed(seed);
      for (const p of people(text)) {
        for (const r of p.roleMentions ?? []) {
          assert.strictEqual(text.slice(r.start, r.end), r.text);
          assert.ok(!/[,.;:]$/.test(r.text), r.text);
          assert.ok(!/\b(said|who|was|is)\b/.test(r.role), r.role);
        }
      }
    }
  });
});

describe('roles: general patterns', () => {
  it('X, the Y of Z, said', () => {
    assert.deepStrictEqual(rolesOf('Amara Osei, the director of children\'s services at Kent County Council, said it was fair.', 'Amara Osei'), ["director of children's services"]);
  });

  it('X, Y, said; X, who is Y', () => {
    assert.deepStrictEqual(rolesOf('Mark Dobbs, lead member for education, said so.', 'Mark Dobbs'), ['lead member for education']);
    assert.deepStrictEqual(rolesOf('Fran Hale, who is the chief executive of the trust, agreed.', 'Fran Hale'), ['chief executive of the trust']);
  });

  it('pre-modifiers keep proper nouns and drop the employer before a possessive', () => {
    assert.deepStrictEqual(rolesOf('Labour councillor Peter Grant said no.', 'Peter Grant'), ['Labour councillor']);
    assert.deepStrictEqual(rolesOf("Norfolk County Council's assistant director of social care Kay Bloom said no.", 'Kay Bloom'), ['assistant director of social care']);
  });

  it('appointed as, took over as, served as, resigned as', () => {
    assert.deepStrictEqual(rolesOf('Ian Cross was appointed as interim director of children\'s services last week.', 'Ian Cross'), ["interim director of children's services"]);
    const r = person(people('Ruth Kemp resigned as chief executive in May.'), 'Ruth Kemp').roleMentions!;
    assert.deepStrictEqual(r.map((x) => [x.role, x.former]), [['chief executive', true]]);
  });

  it('a Title Case role is lowercased; "former" and "new" are stripped, "former" recorded', () => {
    const ps = people('The panel thanked the former Head of Service, Dan Roe, and welcomed new Director of Education Lucy Moss.');
    assert.deepStrictEqual(person(ps, 'Dan Roe').roleMentions!.map((r) => [r.role, r.former]), [['head of service', true]]);
    assert.deepStrictEqual(person(ps, 'Lucy Moss').roles, ['director of education']);
  });

  it('a role is never a clause, and a comma before a name with a verb after it gives no role', () => {
    assert.deepStrictEqual(rolesOf('After the chief executive left, Jane Wood took over the service.', 'Jane Wood'), []);
    assert.deepStrictEqual(rolesOf('The committee congratulated Paul Hill on the results.', 'Paul Hill'), []);
    assert.deepStrictEqual(rolesOf('Paul Hill said the director had left.', 'Paul Hill'), []);
  });

  it('a role phrase goes to one person only', () => {
    const ps = people('Peter Dale, chair of the board, and Jo Finch, the board\'s vice chair, spoke.');
    assert.deepStrictEqual(person(ps, 'Peter Dale').roles, ['chair of the board']);
    assert.deepStrictEqual(person(ps, 'Jo Finch').roles, ['vice chair']);
  });
});

describe('roles: a post that opens the sentence before its copula, and a name in brackets after its post', () => {
  it('"The director of children\'s services is Rhodri Llewellyn-Cole." makes a person with that role', () => {
    const ps = people('Ms Okunbowa is the assistant director. The director of children\'s services is Rhodri Llewellyn-Cole.');
    assert.deepStrictEqual(person(ps, 'Rhodri Llewellyn-Cole').roles, ["director of children's services"]);
    // the post must open the sentence: here the name after "is" is no holder of it
    assert.ok(!people('A report by the director of services is Rhodri Cole’s first.').some((p) => p.name === 'Rhodri Cole' && p.roles.length));
  });

  it('"The Parliamentary Under-Secretary of State for Education (Alun Grenfell-Hythe)", not a bracket inside a sentence without a post', () => {
    const ps = people('The Parliamentary Under-Secretary of State for Education (Alun Grenfell-Hythe)\nIt is a pleasure to serve.');
    assert.deepStrictEqual(person(ps, 'Alun Grenfell-Hythe').roles, ['parliamentary under-secretary of state for education']);
    assert.deepStrictEqual(people('The annual review (Ofsted Annual) was long.'), []);
  });
});

describe('roles: held before, by a span of years that closed or by "retired"', () => {
  it('a post beside a name whose holder has since left it: "X, the home\'s manager, left in March", "has resigned", "my predecessor as director"', () => {
    assert.deepStrictEqual(formerOf("Nessa Trebilcock, who has been Porthgweal's director of children's services since 2019, has resigned with immediate effect.", 'Nessa Trebilcock'),
      [["director of children's services", true]]);
    assert.deepStrictEqual(formerOf("The problems began when the home's registered manager, Wenna Polkinghorne, left in March 2025.", 'Wenna Polkinghorne'), [['registered manager', true]]);
    assert.deepStrictEqual(formerOf('She replaces Jory Hendy, Tregollan\'s director since 2017, who retired at Easter.', 'Jory Hendy'), [['director', true]]);
    assert.deepStrictEqual(formerOf('My predecessor as director, Mrs Loveday Penhale, rebuilt the front door.', 'Loveday Penhale'), [['director', true]]);
    // still held: a meeting left, a departure still to come, a present-tense leaving in a timeline
    assert.deepStrictEqual(formerOf("Kitto Rowe, director of children's services, left the meeting early.", 'Kitto Rowe'), [["director of children's services", false]]);
    assert.deepStrictEqual(formerOf("Kitto Rowe, director of children's services, will leave in March.", 'Kitto Rowe'), [["director of children's services", false]]);
    assert.deepStrictEqual(formerOf("Kitto Rowe, director of children's services, said staff who left in March were missed.", 'Kitto Rowe'), [["director of children's services", false]]);
  });

  it('"who was director ... from 1998 until her retirement in 2014", "leader of the council from 2003 to 2015" are former; "since 2019" is not', () => {
    const ps = people('Margaret Hollingdrake, who was director of children\'s services at Cradlestone City Council from 1998 until her retirement in 2014, died. ' +
      'Sir Dennis Maplethorpe, the Labour leader of the council from 2003 to 2015, said so. Kofi Reid, director of children\'s services since 2019, agreed.');
    assert.deepStrictEqual(person(ps, 'Margaret Hollingdrake').roleMentions!.map((r) => r.former), [true]);
    assert.deepStrictEqual(person(ps, 'Dennis Maplethorpe').roleMentions!.map((r) => r.former), [true]);
    assert.deepStrictEqual(person(ps, 'Kofi Reid').roleMentions!.map((r) => r.former), [false]);
  });

  it('"a retired headteacher" is a former role; "advanced practitioner" is a role; "Skelworth Assessment Team" is no person', () => {
    const ps = people('"She hated it," said her husband, Colin Hollingdrake, a retired headteacher. ' +
      '"I came here in 2020." – Jodie Wrenshaw, advanced practitioner, Tollhaven family safeguarding team\n\nTeam Manager, Skelworth Assessment Team – £48,226');
    assert.deepStrictEqual(person(ps, 'Colin Hollingdrake').roleMentions!.map((r) => [r.role, r.former]), [['headteacher', true]]);
    assert.deepStrictEqual(person(ps, 'Jodie Wrenshaw').roles, ['advanced practitioner']);
    assert.ok(!ps.some((p) => /Team/.test(p.name)));
  });
});

describe('people: credits, form fields, relations and ranks; a post after a copula without an article', () => {
  it('"Asked by X (Constituency)", "Deceased name: X", "My successor, X, ..." name people; the constituency does not', () => {
    const ps = people('Written question\n\nAsked by Rosalind Quantock (Staithmoor and Wendle Valley)\n\nDeceased name: Jayden Corrick\n\nI retired in 2020. My successor, Gideon Okwudili, took down the lanyards.');
    assert.deepStrictEqual(ps.map((p) => p.name).sort(), ['Gideon Okwudili', 'Jayden Corrick', 'Rosalind Quantock']);
  });

  it('"Picture: Tomás Loureiro" credits a photographer; "Picture: Marrowfleet Standard" under that masthead credits the paper', () => {
    const names = (t: string) => people(t).map((p) => p.name);
    assert.deepStrictEqual(names('MARROWFLEET STANDARD\n\nThe home was praised.\n\nCaption: Staff at Fleet House. Picture: Tomás Loureiro'), ['Tomás Loureiro']);
    assert.deepStrictEqual(names('MARROWFLEET STANDARD\n\nThe home was praised.\n\nCaption: Staff at Fleet House. Picture: Marrowfleet Standard'), []);
    assert.deepStrictEqual(names('THE PENVELLAN PACKET\n\nThe home was praised.\n\nStaff at Fleet House. Photo: Penvellan Packet'), []);
  });

  it('"Detective Sergeant Lyndon Skerritt": the rank is a title, not part of the name', () => {
    const ps = people('Detective Sergeant Lyndon Skerritt of Audenmoor Police gave evidence. Sergeant Skerritt said so.');
    assert.deepStrictEqual(ps.map((p) => [p.name, p.mentions.length]), [['Lyndon Skerritt', 2]]);
  });

  it('"Marguerite Salkeld was director of children\'s services at X from 2012 to 2020": a post without an article, held before', () => {
    const ps = people('Marguerite Salkeld was director of children\'s services at Ebbsworth County Council from 2012 to 2020.');
    assert.deepStrictEqual(person(ps, 'Marguerite Salkeld').roleMentions!.map((r) => [r.role, r.former]), [["director of children's services", true]]);
  });
});

describe('roles: a provider\'s responsible individual and a region named with "and the"', () => {
  it('"Heronsgate\'s director and responsible individual, X" gives both posts; a bare "individual" is none', () => {
    assert.deepStrictEqual(rolesOf('Heronsgate\'s director and responsible individual, Fiachra McGuigan, said no.', 'Fiachra McGuigan'), ['responsible individual', 'director']);
    assert.deepStrictEqual(rolesOf('An individual, Fiachra McGuigan, said no.', 'Fiachra McGuigan'), []);
  });

  it('"The regional director for Yorkshire and the Humber, X"', () => {
    assert.deepStrictEqual(rolesOf('The regional director for Yorkshire and the Humber, Clifford Brearley, said no.', 'Clifford Brearley'), ['regional director for Yorkshire and the Humber']);
  });

  it('a region listed with a comma ("for the North East, Yorkshire and the Humber") before or after the name; two people listed stay two', () => {
    const region = 'regional director for the North East, Yorkshire and the Humber';
    assert.deepStrictEqual(rolesOf("In a letter, Ofsted's regional director for the North East, Yorkshire and the Humber, Kelechi Brammer, said so.", 'Kelechi Brammer'), [region]);
    assert.deepStrictEqual(rolesOf("Kelechi Brammer, Ofsted's regional director for the North East, Yorkshire and the Humber, said so.", 'Kelechi Brammer'), [region]);
    assert.deepStrictEqual(rolesOf('The director for the North West, Jane Smith and Tom Brown, said no.', 'Jane Smith'), ['director for the North West']);
    assert.deepStrictEqual(rolesOf('The director for the North West, Jane Smith and Tom Brown, said no.', 'Tom Brown'), []);
  });
});

describe('roles: a letter writer\'s posts told in the first person', () => {
  const letters = (body: string) => `LETTERS\nThursday 4 June 2026\n\n${body}\n\nBrenda Tuplin, Heddonfield\n\n` +
    'Nothing in the report surprised me, and the council should say so plainly to every family it serves.\n\nRonnie Robson, Wragby Lane\n';
  it('"I have been a foster carer for X for 11 years" is the signer\'s post; "I was a social worker" one held before', () => {
    const t = letters('I have been a foster carer for Gretwold Council for 11 years, and I have never known morale so low among the carers I know.');
    assert.deepStrictEqual(rolesOf(t, 'Brenda Tuplin'), ['foster carer for Gretwold council']);
    const was = letters('I was a social worker in Gretwold for 30 years before I retired, and I know what a visit from inspectors feels like.');
    assert.deepStrictEqual(formerOf(was, 'Brenda Tuplin'), [['social worker', true]]);
    // "I have been X and Y" with nothing bringing them to now: both held before
    const been = letters("I have been a head teacher and a director of children's services, so I know what councils are up against.");
    assert.deepStrictEqual(formerOf(been, 'Brenda Tuplin'), [['head teacher', true], ["director of children's services", true]]);
  });

  it('"As a foster carer in Harthorpe for 19 years, I ..." opening a sentence is the signer\'s post; "As a retired social worker" one held before', () => {
    const more = ' The council has a long way to go before every child in its care has the same social worker for a year.';
    assert.deepStrictEqual(formerOf(letters(`As a foster carer in Harthorpe for 19 years, I was pleased to read the report.${more}`), 'Brenda Tuplin'), [['foster carer', false]]);
    assert.deepStrictEqual(formerOf(letters(`AS a retired social worker, I was pleased to read the report.${more}`), 'Brenda Tuplin'), [['social worker', true]]);
    // not a post the first person does not follow
    assert.deepStrictEqual(formerOf(letters(`As a social worker told me last year, the council was slow to act.${more}`), 'Brenda Tuplin'), []);
  });

  it('not when someone is named before the next signature, as a quote\'s speaker is', () => {
    const t = 'News\nThursday 4 June 2026\n\n"I was a social worker for 30 years before I retired," said Ann Lee, a campaigner, at the meeting.\n\n' +
      'I was a team manager for six years and I know what inspection is like for the staff who go through it.\n\nCarla Ross then spoke about the plan at length.\n\nJo Bell\nPress Officer\n';
    assert.deepStrictEqual(rolesOf(t, 'Jo Bell'), ['press officer']);
  });
});

describe('roles: an interviewee\'s posts told in the first person', () => {
  it('after "He talks to X", "I was a team manager ..." is the interviewee\'s post held before, not the interviewer\'s', () => {
    const t = 'People\n\nKweku Oppong became Stannerton Council\'s principal social worker in January. He talks to Corinne Straughan.\n\n' +
      'Published: 07/05/2026\n\nWhat did you do before?\n\nI was a team manager in the council\'s children in care service for six years.\n';
    assert.deepStrictEqual(formerOf(t, 'Kweku Oppong'), [['principal social worker', false], ['team manager', true]]);
    assert.deepStrictEqual(rolesOf(t, 'Corinne Straughan'), []);
  });
});

describe('roles: a council named in lower case, a byline bar, a second post joined by "and a"', () => {
  it('"the county council\'s cabinet member for children\'s services" skips the employer as "the council\'s" does', () => {
    assert.deepStrictEqual(rolesOf("Cllr Elspie Bowery, the county council's cabinet member for children's services, said it was fine.", 'Elspie Bowery'),
      ["cabinet member for children's services"]);
  });

  it('"By Peigi Tolland | Political Reporter": a bar or a dash in a byline sets off the post; a date after it is none', () => {
    assert.deepStrictEqual(rolesOf('Headline\n\nBy Peigi Tolland | Political Reporter\n\nText.', 'Peigi Tolland'), ['political reporter']);
    assert.deepStrictEqual(rolesOf('Headline\n\nBy Peigi Tolland – Political Reporter\n\nText.', 'Peigi Tolland'), ['political reporter']);
    assert.deepStrictEqual(rolesOf('Headline\n\nBy Peigi Tolland | 14 March 2026\n\nText.', 'Peigi Tolland'), []);
  });

  it('"the independent chair of the improvement board and a former chief constable": both posts, the second held before', () => {
    const ps = people("Sir Aneurin Cadwallader, the independent chair of the council's improvement board and a former chief constable, said the board would meet.");
    const p = person(ps, 'Aneurin Cadwallader');
    assert.deepStrictEqual(p.roleMentions!.map((r) => [r.role, r.former]), [['independent chair', false], ['chief constable', true]]);
    // "and a mother of three" is no post; "and a team of six" is not the person
    assert.deepStrictEqual(rolesOf("Ann Lee, the director of children's services and a mother of three, said so.", 'Ann Lee'), ["director of children's services"]);
    assert.deepStrictEqual(rolesOf("Ann Lee, director of children's services, and a team of six met inspectors.", 'Ann Lee'), ["director of children's services"]);
  });
});

describe('roles: the main clause after an apposition, and a post told by its verb after "and"', () => {
  it('"Ms Obidike, a social worker for 22 years, was previously a team manager in ...": both posts, the second held before', () => {
    const p = person(people("Uzoamaka Obidike was chosen. Ms Obidike, a social worker for 22 years, was previously a team manager in Tynebeck's children in care service."), 'Uzoamaka Obidike');
    assert.deepStrictEqual(p.roleMentions!.map((r) => [r.role, r.former]).find((x) => x[0] === 'team manager'), ['team manager', true]);
    // (compared in lower case: how a body's name is cased inside a role is not what this pins)
    assert.deepStrictEqual(rolesOf('Professor Indre Zukauskiene, professor of child protection at the University of the Marches, will become the independent scrutineer of the Pembrington Partnership on 1 October.', 'Indre Zukauskiene')
      .map((r) => r.toLowerCase()), ['professor of child protection', 'independent scrutineer of the pembrington partnership']);
  });

  it('"was director ... from 2009 to 2019 and now chairs the Partnership": the post the verb names', () => {
    assert.deepStrictEqual(rolesOf("Dame Seonag Morrison was director of children's services in Aldenhope from 2009 to 2019 and now chairs the Aldenhope Safeguarding Children Partnership.", 'Seonag Morrison'),
      ["director of children's services", 'chair of the Aldenhope Safeguarding Children Partnership']);
    // "and runs" after an apposition set off by commas is another clause's subject
    assert.deepStrictEqual(rolesOf('Ann Lee, a social worker, and her husband run a café.', 'Ann Lee'), ['social worker']);
  });
});

describe('roles: after a relative clause; bylines with a bar or a post run on', () => {
  it('"Dr Farai Gumbo, who has led the department since July 2021, has been appointed director of ...": the main clause\'s post', () => {
    assert.deepStrictEqual(rolesOf("Dr Farai Gumbo, who has led the department since July 2021, has been appointed director of children's services at Ketterdale Council.", 'Farai Gumbo'),
      ["director of children's services"]);
    assert.deepStrictEqual(rolesOf('Ann Lee, who joined in 2019, said the council was proud.', 'Ann Lee'), []);
  });

  it('"Mihai Popescu | Reporter" and "By Ruan Kerr Local Democracy Reporter" are bylines with their posts', () => {
    assert.deepStrictEqual(rolesOf('Headline\n\nMihai Popescu | Reporter\n\nText.', 'Mihai Popescu'), ['reporter']);
    assert.deepStrictEqual(rolesOf('Headline\n\nBy Ruan Kerr Local Democracy Reporter\n\nText.', 'Ruan Kerr'), ['local democracy reporter']);
    // without "By", beside a dateline
    assert.deepStrictEqual(rolesOf('Headline\n\nAnna Tulloch Social affairs correspondent\nWed 29 Sep 2027 17.41 BST\n\nText.', 'Anna Tulloch'), ['social affairs correspondent']);
    // a bar before something that is no reporter's post names no one
    assert.deepStrictEqual(people('Headline\n\nCare Homes | Practice\n\nText.').map((p) => p.name), []);
  });
});
