import * as assert from 'assert';
import { extractPeople } from '../../server/src/analysis/people';
import { prepareText } from '../../server/src/analysis/text';
import { people, person as find } from '../peopleHelpers';
import { readSeed, spanOf } from '../seeds';

const names = (text: string) => people(text).map((p) => p.name).sort();

describe('people: seeds', () => {
  it('000: Sue Westcott with her Mrs mentions, Sheila Scott with Cllr/Clr, John Richards without the possessive', () => {
    const text = readSeed('000');
    const ps = extractPeople(prepareText(text));
    const sue = find(ps, 'Sue Westcott');
    assert.deepStrictEqual(sue.aliases, ['Mrs Westcott']);
    assert.strictEqual(sue.mentions.filter((m) => m.text === 'Mrs Westcott').length, 3);
    assert.strictEqual(sue.mentions.length, 6);
    const scott = find(ps, 'Sheila Scott');
    for (const a of ['Councillor Sheila Scott', 'Cllr Scott', 'Clr Scott']) assert.ok(scott.aliases.includes(a), a);
    const richards = find(ps, 'John Richards');
    assert.ok(richards.mentions.some((m) => m.start === spanOf(text, 'John Richards’').start && m.text === 'John Richards'));
    assert.ok(richards.aliases.includes('Mr Richards'));
    const newsam = find(ps, 'Malcolm Newsam');
    assert.ok(newsam.mentions.some((m) => m.text === 'Mr Newsam' && text.slice(m.end, m.end + 2) === '’s'));
    for (const p of ps) for (const m of p.mentions) assert.strictEqual(text.slice(m.start, m.end), m.text);
    for (const bad of ['Peterborough City Council', 'Peterborough', 'Parents', 'Ofsted', 'Bedfordshire', 'Inspectors']) {
      assert.ok(!ps.some((p) => p.name === bad || p.aliases.includes(bad)), bad);
    }
  });

  it('000: every mention in document order and never with trailing punctuation', () => {
    const text = readSeed('000');
    for (const p of people(text)) {
      for (let i = 1; i < p.mentions.length; i++) assert.ok(p.mentions[i - 1].start < p.mentions[i].start);
      for (const m of p.mentions) assert.ok(!/[\s.,;:’'"]$/.test(m.text), m.text);
    }
  });

  it('002: the byline author is a person; headline and caption words are not', () => {
    const n = names(readSeed('002'));
    assert.deepStrictEqual(n, ['Adrian Loades', 'Janaki Mahadevan', 'John Richards', 'Sheila Scott']);
    const scott = find(people(readSeed('002')), 'Sheila Scott');
    assert.deepStrictEqual(scott.aliases, ['Scott']);
  });

  it('003: MALCOLM Newsam is Malcolm Newsam, with Mr Newsam; Stewart Jackson; no Liquidlogic', () => {
    const ps = people(readSeed('003'));
    assert.deepStrictEqual(ps.map((p) => p.name).sort(), ['Malcolm Newsam', 'Stewart Jackson']);
    const m = find(ps, 'Malcolm Newsam');
    assert.deepStrictEqual([...m.aliases].sort(), ['MALCOLM Newsam', 'Mr Newsam']);
    assert.strictEqual(m.mentions.length, 8, 'the repeated caption is boilerplate, its copy is not counted');
  });

  it('004: minutes give people only where names are written', () => {
    assert.deepStrictEqual(names(readSeed('004')), ['Malcolm Newsam', 'Sue Westcott']);
  });

  it('001: a name with a hyphen and an unlisted first name, found by its apposition', () => {
    assert.deepStrictEqual(names(readSeed('001')), ['Wendi Ogle-Welbourn']);
  });
});

describe('people: general rules', () => {
  it('takes titles off the name and keeps them in the mention', () => {
    const text = 'Dr Jane Holloway opened the review. Later Dr Holloway said more.';
    const p = find(people(text), 'Jane Holloway');
    assert.deepStrictEqual(p.mentions.map((m) => m.text), ['Dr Jane Holloway', 'Dr Holloway']);
  });

  it('handles Ms, Professor, Sir, Baroness, and names with apostrophes', () => {
    const text = 'Professor Eileen Munro wrote the report. Ms Munro said it was clear. Sir Alan Wood agreed, and Sir Alan added a note. Baroness Tyler spoke. Siobhan O\'Brien said it was late, and Ms O\'Brien left.';
    const ps = people(text);
    assert.deepStrictEqual(find(ps, 'Eileen Munro').aliases, ['Professor Eileen Munro', 'Ms Munro']);
    assert.deepStrictEqual(find(ps, 'Alan Wood').aliases, ['Sir Alan Wood', 'Sir Alan']);
    assert.strictEqual(find(ps, 'Baroness Tyler').mentions.length, 1);
    assert.deepStrictEqual(find(ps, "Siobhan O'Brien").aliases, ["Ms O'Brien"]);
  });

  it('"Mr Smith" with no full name anywhere is a person named "Mr Smith", and a later bare "Smith" joins him', () => {
    const ps = people('Mr Smith told the committee the plan was late. Smith said it would be fixed.');
    assert.strictEqual(ps.length, 1);
    assert.strictEqual(ps[0].name, 'Mr Smith');
    assert.deepStrictEqual(ps[0].aliases, ['Smith']);
  });

  it('keeps Mr and Mrs of one surname apart when no full names are given', () => {
    const ps = people('Mr Patel said no. Mrs Patel said yes.');
    assert.deepStrictEqual(ps.map((p) => p.name), ['Mr Patel', 'Mrs Patel']);
  });

  it('resolves a surname to the nearest earlier full name with it', () => {
    const text = 'John Hart spoke first. Later Mary Hart, the council leader, said: "No." Mrs Hart left.';
    const ps = people(text);
    assert.deepStrictEqual(find(ps, 'Mary Hart').aliases, ['Mrs Hart']);
    assert.deepStrictEqual(find(ps, 'John Hart').aliases, []);
  });

  it('finds names by a reporting verb, a role in apposition or before, without a known first name', () => {
    assert.deepStrictEqual(names('Wenna Trelawny said the service had improved.'), ['Wenna Trelawny']);
    assert.deepStrictEqual(names('The plan, said Oyelaran Adebayo, was sound.'), ['Oyelaran Adebayo']);
    assert.deepStrictEqual(names('Kent County Council director Zanele Mbeki welcomed it.'), ['Zanele Mbeki']);
  });

  it('does not take organisations, places, months or sentence-initial words for people', () => {
    const text = 'Surrey County Council was inspected in March. Care Quality Commission staff visited. Social Workers said it was good. Civic leaders met in West Sussex on Monday. The Chair thanked the Director of Children\'s Services. Tyler Whelan Trust gave money.';
    assert.deepStrictEqual(names(text), []);
  });

  it('a title-cased headline word pair without any cue is not a person', () => {
    assert.deepStrictEqual(names('Inspectors Praise Progress\nThe report was published on Tuesday.'), []);
  });

  it('handles curly apostrophes, CRLF and no-break spaces', () => {
    const text = 'Councillor\u00a0Ann Lee said yes.\r\nCllr Lee’s view was clear.';
    const p = find(people(text), 'Ann Lee');
    assert.deepStrictEqual(p.mentions.map((m) => m.text), ['Councillor\u00a0Ann Lee', 'Cllr Lee']);
  });

  it('runs in linear time on pathological input', () => {
    const big = 'Aaa '.repeat(100_000) + ' '.repeat(100_000) + '’'.repeat(50_000) + 'Mr '.repeat(50_000);
    const t0 = Date.now();
    people(big);
    assert.ok(Date.now() - t0 < 3000, `took ${Date.now() - t0} ms`);
  });
});

describe('people: a name run ends at an apostrophe cut off a word', () => {
  it('"Mrs Westcott\' Zoë said": the mention is "Mrs Westcott" and reads what the text says there (found by the property test)', () => {
    const text = "\n Mrs Westcott' Zoë said so. Mrs D’Arcy Smith agreed.";
    const ps = extractPeople(prepareText(text));
    for (const p of ps) for (const m of p.mentions) assert.strictEqual(m.text, text.slice(m.start, m.end));
    assert.deepStrictEqual(ps.flatMap((p) => p.mentions.map((m) => m.text)).sort(), ['Mrs D’Arcy Smith', 'Mrs Westcott']);
  });
});

describe('people: bylines with an outlet, Title Case roles read backwards', () => {
  it('"By X, Outlet" and "X, Local Democracy Reporting Service" name X only', () => {
    assert.deepStrictEqual(names('Adopters praise agency\n\nBy Nkechi Arbuthnot, Vale Sound News\n\nTuesday 3 June 2025\n\nThe agency was praised.'), ['Nkechi Arbuthnot']);
    assert.deepStrictEqual(names('Council row\n\nRhiannon Pryce, Local Democracy Reporting Service\n\nThe council met.'), ['Rhiannon Pryce']);
    // a title-cased heading with a comma and no outlet is no byline
    assert.deepStrictEqual(names('Council row\n\nSafeguarding Panel, Early Help\n\nThe council met.'), []);
  });

  it('"the Head of Service for Children in Care, Bronwen Talfryn, and ...": the role before the comma makes her a person', () => {
    const ps = people('He is supported by the Head of Service for Children in Care, Bronwen Talfryn, and the Principal Social Worker, Kwabena Asante.');
    assert.deepStrictEqual(ps.map((p) => [p.name, p.roles]), [['Bronwen Talfryn', ['head of service for children in care']], ['Kwabena Asante', ['principal social worker']]]);
  });
});

describe('people: credits, ages, appointments, "X MP"', () => {
  it('"Live reporting by X and Y" names both; "Ellis Garbutt, 19, who ..."; "has appointed X, currently Y, as Z"; "Rosamund Kett MP"', () => {
    assert.deepStrictEqual(names('Council meeting: live\n\nLive reporting by Adaeze Adebisi-Hale and Felix Brennard\n\n19:00 The meeting opened.'), ['Adaeze Adebisi-Hale', 'Felix Brennard']);
    assert.deepStrictEqual(names('The panel met on Saturday. Ellis Garbutt, 19, who chairs the panel, said so.'), ['Ellis Garbutt']);
    const ps = people('Wyrecastle Council has appointed Benedict Orrell, currently assistant director for safeguarding at Oxendale, as its director of children’s services.');
    assert.deepStrictEqual(ps.map((p) => p.name), ['Benedict Orrell']);
    assert.deepStrictEqual(people('The newsletter of Rosamund Kett MP, Member of Parliament for Carrowby, is out.').map((p) => [p.name, p.roles[0]]), [['Rosamund Kett', 'MP']]);
    // a place and a score are no person
    assert.deepStrictEqual(names('Lewes Town, 12, drew with Hove Park.'), []);
  });
});

describe('people: a post in brackets after a name in an officers list', () => {
  it('"OFFICERS: Radhika Loveday (Director of Children\'s Services); Oriel Mackintyre (Head of Quality Assurance)"', () => {
    assert.deepStrictEqual(people("OFFICERS: Radhika Loveday (Director of Children's Services); Oriel Mackintyre (Head of Quality Assurance); Democratic Services Officer.")
      .map((p) => [p.name, p.roles[0]]), [['Radhika Loveday', "director of children's services"], ['Oriel Mackintyre', 'head of quality assurance']]);
    assert.deepStrictEqual(names('The Royal Mail (Company) said so.'), []);
  });
});

describe('people: a post and a colon before a name; "X talks to"', () => {
  it('"NEWSREADER: Tamsin Gorle"; "Saskia Lanchester talks to their two directors"', () => {
    assert.deepStrictEqual(names('LOWMOOR SOUND NEWS\nBULLETIN: 0800 TUESDAY 3 DECEMBER 2024\nNEWSREADER: Tamsin Gorle\n\nThe council was rated good.'), ['Tamsin Gorle']);
    assert.deepStrictEqual(names('One council is outstanding. Saskia Lanchester talks to their two directors.'), ['Saskia Lanchester']);
    assert.deepStrictEqual(names('STORY: Lowmoor Council\n\nText.'), []);
  });
});

describe('people: a post in the plural, and a byline with a bar', () => {
  it('gives a plural post before two names joined by "and" to each ("specialist members Ilyas Elmi and Averil Surtees")', () => {
    const ps = people('The judge sat with specialist members Ilyas Elmi and Averil Surtees.');
    assert.deepStrictEqual(ps.map((p) => [p.name, p.roles]), [['Ilyas Elmi', ['specialist member']], ['Averil Surtees', ['specialist member']]]);
    assert.deepStrictEqual(people('Labour councillors Omar Bello and Ruth Quint said so.').map((p) => p.roles), [['Labour councillor'], ['Labour councillor']]);
    // a plural noun with one name after it, or none
    assert.deepStrictEqual(people('She thanked the members and Averil Surtees.').map((p) => p.roles), []);
  });
  it('reads a byline\'s name before a bar and its date ("By Kensa Tremain | 27.11.25")', () => {
    assert.deepStrictEqual(people('TRADE TITLE\n\nBy Kensa Tremain | 27.11.25\n\nA tribunal has dismissed an appeal.').map((p) => p.name), ['Kensa Tremain']);
  });
});

describe('people: shouted bylines, credits inside a line, couples signing a letter', () => {
  it('"By MAXINE BURKITT" over the reporter\'s post; "Interview by Luca Pellegrini" at a standfirst\'s end', () => {
    const ps = people('THE JOURNAL\n\nHeadline here\n\nBy MAXINE BURKITT\nEducation and Social Affairs Reporter\nThursday, 19 March 2026\n\nThe council said so.\n');
    assert.deepStrictEqual(ps.map((p) => [p.name, p.roles]), [['Maxine Burkitt', ['education and social affairs reporter']]]);
    assert.deepStrictEqual(names('Within weeks, Ofsted was at the door. Interview by Luca Pellegrini'), ['Luca Pellegrini']);
    assert.deepStrictEqual(names('The motion was passed by Luca Pellegrini.'), []);
  });
  it('"Lutfur and Shahanara Haque, Kingsmoor" signing a letter are two people of one surname', () => {
    const t = 'LETTERS\n\nThe council must do better for foster carers, and it should say so plainly to every family it serves this year.\n\n' +
      'Lutfur and Shahanara Haque, foster carers, Kingsmoor\n\nAnother letter follows here, and it is long enough to be a paragraph of its own.\n\nJo Bell, Town\n';
    assert.deepStrictEqual(people(t).map((p) => p.name), ['Lutfur Haque', 'Shahanara Haque', 'Jo Bell']);
  });
  it('a role before an apposed name whose clause goes on ("The registered manager, Carmela Vescovi, has run the home since 2019")', () => {
    assert.deepStrictEqual(people('The registered manager, Carmela Vescovi, has run the home since 2019.').map((p) => [p.name, p.roles]),
      [['Carmela Vescovi', ['registered manager']]]);
  });
});

describe('people: a name written family name first', () => {
  it('"Tran Thi Hoa" ... "Mrs Tran", "Pham Duc Tuan" ... "Mr Pham", "Ho Ka-wai" ... "Mr Ho": one person each', () => {
    const ps = people('Tran Thi Hoa, a foster carer in Pennaworthy, said calls were returned. Mrs Tran looks after three teenagers. ' +
      'The council\'s director, Pham Duc Tuan, agreed. Mr Pham said so.');
    assert.deepStrictEqual(ps.map((p) => [p.name, p.aliases]).sort(), [['Pham Duc Tuan', ['Mr Pham']], ['Tran Thi Hoa', ['Mrs Tran']]]);
    assert.deepStrictEqual(people('Foster carer Ho Ka-wai said the walks helped. Mr Ho has fostered for ten years.').map((p) => [p.name, p.aliases]), [['Ho Ka-wai', ['Mr Ho']]]);
  });

  it('not a given name ("Grant Shapps" ... "Mr Grant" is someone else), nor a word two people\'s names open with', () => {
    assert.deepStrictEqual(names('Grant Shapps said the plan was sound. Mr Grant replied.'), ['Grant Shapps', 'Mr Grant']);
    assert.deepStrictEqual(names('Tran Thi Hoa said it was good. Tran Van Minh said it was not. Mrs Tran left.'), ['Mrs Tran', 'Tran Thi Hoa', 'Tran Van Minh']);
  });
});

describe('people: a byline whose post has a line of its own', () => {
  it('"Jericho Sumulong" / "Community Reporter" / "10:15, 13 APR 2027": the name over a post over a date line', () => {
    const t = 'SALTWAYS LIVE\n\nHome | News | Local News\n\nHome rated inadequate after inspectors find staff shortages\n\n' +
      'Jericho Sumulong\nCommunity Reporter\n10:15, 13 APR 2027\nUpdated 16:40, 13 APR 2027\n\nA children\'s home in Sagglestone has been rated inadequate.\n\n' +
      'The company said it had appointed a new manager and was working closely with the regulator on the plan it had agreed.\n';
    assert.deepStrictEqual(people(t).map((p) => [p.name, p.roles]), [['Jericho Sumulong', ['community reporter']]]);
    // a title-cased headline over a post is no name
    assert.deepStrictEqual(names(t.replace('Jericho Sumulong', 'Fostering Crisis Deepens')), []);
  });
});

describe('people: a surname opening a sentence with the post taken', () => {
  it('"Oleksandra Hnatyuk still remembers ..." then "Hnatyuk arrived as director of children\'s services in May 2024"', () => {
    const ps = people('Oleksandra Hnatyuk still remembers the first thing a social worker said to her. ' +
      'Hnatyuk arrived as director of children\'s services in May 2024, weeks after the inadequate judgement.');
    assert.deepStrictEqual(ps.map((p) => [p.name, p.roles]), [['Oleksandra Hnatyuk', ["director of children's services"]]]);
    // a place that opens a sentence names no one: "Orsley became the first council ..."
    assert.deepStrictEqual(names('Upper Orsley still remembers the flood. Orsley became the first council to be rated good.'), []);
  });
});

