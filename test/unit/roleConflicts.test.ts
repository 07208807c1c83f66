import * as assert from 'assert';
import { findRoleConflicts } from '../../server/src/analysis/roleConflicts';
import { prepareText } from '../../server/src/analysis/text';
import { facts, personAt } from './factsHelpers';
import { analyzeArticle } from '../../server/src/analysis/analyze';

/** The role conflicts found in a dated article with this body. */
const conflicts = (body: string) => analyzeArticle(`News\nTuesday 10 November 2026\n\n${body}`).diagnostics
  .filter((d) => d.code === 'role-conflict').map((d) => d.text);

describe('roleConflicts', () => {
  it('flags two different current "director of" posts', () => {
    const t = 'Jane Roe, director of children’s services, spoke. Ms Roe, director of adult social care, agreed.';
    const p = personAt(t, 'Jane Roe', [['Jane Roe'], ['Ms Roe']], [
      ['director of children’s services', "director of children's services"], ['director of adult social care', 'director of adult social care']]);
    const ds = findRoleConflicts(prepareText(t), facts({ people: [p] }));
    assert.strictEqual(ds.length, 1);
    assert.strictEqual(ds[0].text, 'director of adult social care');
    assert.match(ds[0].message, /Jane Roe.*“director of adult social care”.*“director of children’s services”/);
  });

  it('accepts former posts, different ranks, and a post that contains the other', () => {
    const t = 'Jane Roe, director of children’s services, spoke. She was formerly director of education. ' +
      'She is assistant director of housing. She is also director of children’s services and education.';
    const p = personAt(t, 'Jane Roe', [['Jane Roe']], [
      ['director of children’s services', "director of children's services"],
      ['director of education', 'director of education'],
      ['assistant director of housing', 'assistant director of housing'],
      ['director of children’s services and education', "director of children's services and education"]]);
    assert.deepStrictEqual(findRoleConflicts(prepareText(t), facts({ people: [p] })), []);
  });

  it('flags a chief executive later given as a director, and a director later given as a cabinet member', () => {
    const t = 'The council’s chief executive, Howard Gale, chaired the panel. Mr Gale, the council’s director of resources, spoke. ' +
      'Its interim director of children’s services, Cara Penn, spoke. The cabinet member for children, Cara Penn, agreed.';
    const gale = personAt(t, 'Howard Gale', [['Howard Gale'], ['Mr Gale']], [['chief executive', 'chief executive'], ['director of resources', 'director of resources']]);
    const penn = personAt(t, 'Cara Penn', [['Cara Penn'], ['Cara Penn', 1]], [
      ['interim director of children’s services', "interim director of children's services"], ['cabinet member for children', 'cabinet member for children']]);
    const ds = findRoleConflicts(prepareText(t), facts({ people: [gale, penn] }));
    assert.deepStrictEqual(ds.map((d) => d.text), ['director of resources', 'cabinet member for children']);
    assert.match(ds[0].message, /Howard Gale is “director of resources” here but “chief executive” earlier/);
  });

  it('flags the council\'s chief executive later given as its deputy leader (an elected member); a deputy chief executive is no member', () => {
    const t = 'The council’s chief executive, Zubeida Kichloo, said sorry. Responding, the council’s deputy leader, Ms Kichloo, said more.';
    const k = personAt(t, 'Zubeida Kichloo', [['Zubeida Kichloo'], ['Ms Kichloo']], [['chief executive', 'chief executive'], ['deputy leader', 'deputy leader']]);
    assert.deepStrictEqual(findRoleConflicts(prepareText(t), facts({ people: [k] })).map((d) => d.text), ['deputy leader']);
    const u = 'The council’s chief executive, Zubeida Kichloo, said sorry. Ms Kichloo, deputy chief executive until May, said more.';
    const j = personAt(u, 'Zubeida Kichloo', [['Zubeida Kichloo'], ['Ms Kichloo']], [['chief executive', 'chief executive'], ['deputy chief executive', 'deputy chief executive']]);
    assert.deepStrictEqual(findRoleConflicts(prepareText(u), facts({ people: [j] })), []);
  });

  it('accepts posts held together, deputy and assistant posts beside a director, and a charity’s chief executive', () => {
    const t = 'Ann Lee, chief executive and director of children’s services, spoke. Ms Lee is deputy chief executive. ' +
      'Bob Hay, chief executive of Barnardo’s, spoke. Mr Hay is director of the trust.';
    const lee = personAt(t, 'Ann Lee', [['Ann Lee'], ['Ms Lee']], [['chief executive', 'chief executive'],
      ['director of children’s services', "director of children's services"], ['deputy chief executive', 'deputy chief executive']]);
    const hay = personAt(t, 'Bob Hay', [['Bob Hay'], ['Mr Hay']], [['chief executive of Barnardo’s', "chief executive of barnardo's"], ['director of the trust', 'director of the trust']]);
    assert.deepStrictEqual(findRoleConflicts(prepareText(t), facts({ people: [lee, hay] })), []);
  });

  it('flags a cabinet member later given as the leader of the opposition', () => {
    const t = 'The cabinet member for children, Cllr Anjum Siddiqi, spoke. Cllr Siddiqi, the leader of the Conservative opposition, agreed.';
    const p = personAt(t, 'Anjum Siddiqi', [['Cllr Anjum Siddiqi'], ['Cllr Siddiqi']], [
      ['cabinet member for children', 'cabinet member for children'], ['leader of the Conservative opposition', 'leader of the Conservative opposition']]);
    assert.deepStrictEqual(findRoleConflicts(prepareText(t), facts({ people: [p] })).map((d) => d.text), ['leader of the Conservative opposition']);
  });

  it('flags the chair of a meeting later called its vice-chair, but not a director who chairs', () => {
    const t = 'Present: Councillor Delphine Bebb (Chair). The Vice-Chair, Councillor Bebb, thanked officers.';
    const p = personAt(t, 'Delphine Bebb', [['Councillor Delphine Bebb'], ['Councillor Bebb']], [['Chair', 'chair'], ['Vice-Chair', 'vice-chair']]);
    assert.deepStrictEqual(findRoleConflicts(prepareText(t), facts({ people: [p] })).map((d) => d.text), ['Vice-Chair']);
    const u = 'Ann Lee, director of children’s services, spoke. Ms Lee, the chair, closed the meeting.';
    const q = personAt(u, 'Ann Lee', [['Ann Lee'], ['Ms Lee']], [['director of children’s services', "director of children's services"], ['chair', 'chair']]);
    assert.deepStrictEqual(findRoleConflicts(prepareText(u), facts({ people: [q] })), []);
  });
});

describe('roleConflicts: a list\'s next item', () => {
  it('"include the Chief Executive, X, the Cabinet Member and senior representatives of the police": the later post may be the next item\'s', () => {
    const t = 'Its members include the Chief Executive, Jacqueline Whitcher, the Cabinet Member and senior representatives of the police.';
    const p = personAt(t, 'Jacqueline Whitcher', [['Jacqueline Whitcher']], [['Chief Executive', 'Chief Executive'], ['Cabinet Member', 'Cabinet Member']]);
    assert.deepStrictEqual(findRoleConflicts(prepareText(t), facts({ people: [p] })), []);
    const apposed = 'The Chief Executive, Jacqueline Whitcher, spoke. Ms Whitcher, the Cabinet Member, agreed.';
    const q = personAt(apposed, 'Jacqueline Whitcher', [['Jacqueline Whitcher'], ['Ms Whitcher']], [['Chief Executive', 'Chief Executive'], ['Cabinet Member', 'Cabinet Member']]);
    assert.deepStrictEqual(findRoleConflicts(prepareText(apposed), facts({ people: [q] })).map((d) => d.text), ['Cabinet Member']);
  });
});

describe('roleConflicts: an independent chair', () => {
  it('a board\'s "independent chair" later "as Chief Executive" of the council is two posts; a chair who is also a member is not', () => {
    const t = 'The board meets under its independent chair, Dr Clifton Gayle. Dr Gayle, as Chief Executive, will write to the region.';
    const p = personAt(t, 'Clifton Gayle', [['Dr Clifton Gayle'], ['Dr Gayle']], [['independent chair', 'independent chair'], ['Chief Executive', 'Chief Executive']]);
    assert.deepStrictEqual(findRoleConflicts(prepareText(t), facts({ people: [p] })).map((d) => d.text), ['Chief Executive']);
    const member = 'The panel meets under its chair, Cllr Ann Lee. Cllr Lee, the cabinet member for children, spoke.';
    const q = personAt(member, 'Ann Lee', [['Cllr Ann Lee'], ['Cllr Lee']], [['chair', 'chair'], ['cabinet member for children', 'cabinet member for children']]);
    assert.deepStrictEqual(findRoleConflicts(prepareText(member), facts({ people: [q] })), []);
  });
});

describe('roleConflicts: the inspector and the inspected', () => {
  const run = (t: string, roles: [string, string][]) =>
    findRoleConflicts(prepareText(t), facts({ people: [personAt(t, 'Stavroulla Pittas', [['Stavroulla Pittas'], ['Ms Pittas']], roles)] })).map((d) => d.text);
  it('flags an Ofsted inspector who is later an officer of a body inspected, in another sentence', () => {
    const t = 'Stavroulla Pittas, the Ofsted social care regulatory inspector who led both visits, told the tribunal so. ' +
      "Carrek Care's operations director, Ms Pittas, accepted that staffing had been thin.";
    assert.deepStrictEqual(run(t, [['Ofsted social care regulatory inspector', 'Ofsted social care regulatory inspector'], ['operations director', 'operations director']]),
      ['operations director']);
  });
  it('accepts both posts named together, and a post at Ofsted itself', () => {
    const joined = "Stavroulla Pittas, an Ofsted inspector and Carrek Care's operations director, spoke. Ms Pittas agreed.";
    assert.deepStrictEqual(run(joined, [['Ofsted inspector', 'Ofsted inspector'], ['operations director', 'operations director']]), []);
    const ofsted = "Stavroulla Pittas, the Ofsted social care regulatory inspector, spoke. Ofsted's regional director, Ms Pittas, agreed.";
    assert.deepStrictEqual(run(ofsted, [['Ofsted social care regulatory inspector', 'Ofsted social care regulatory inspector'], ['regional director', 'regional director']]), []);
  });
});

describe('roleConflicts: the director and a post below', () => {
  it('one council\'s assistant director and its director of children\'s services, in two sentences', () => {
    assert.deepStrictEqual(conflicts("Amjad Kiyani, the council's assistant director for children in care, said so. " +
      "Later, Thirlmarsh's director of children's services, Amjad Kiyani, said the grade showed progress."), ["director of children's services"]);
  });
  it('a head of service below the director: "director of children\'s services at Wrattisfield" then "Wrattisfield\'s head of early help"; not a head of service held before', () => {
    assert.deepStrictEqual(conflicts("Kudakwashe Nyamayaro, director of children's services at Wrattisfield Council, spoke to us. " +
      "Later, Nyamayaro, Wrattisfield's head of early help, is candid about the price."), ['head of early help']);
    assert.deepStrictEqual(conflicts("Kudakwashe Nyamayaro, director of children's services at Wrattisfield Council, spoke to us. " +
      "Before that, Ms Nyamayaro was head of early help at Wrattisfield."), []);
  });
  it('not a post to come, nor one at another council', () => {
    assert.deepStrictEqual(conflicts("The council has appointed Ruth Pascoe as its new director of children's services. " +
      'Ms Pascoe, currently deputy director of children\'s services at Skirlaw Council, will take up the post in September.'), []);
  });
});

describe('roleConflicts: a Title Case remit, and a scrutiny chair', () => {
  it('"Report of: X, Director of Children\'s Services" then "the Assistant Director for Children\'s Social Care, X": a remit in capitals is no other council', () => {
    assert.deepStrictEqual(conflicts("Report of: Katalin Mezei, Director of Children's Services\n\n" +
      "4.5 At each meeting of the board, the Assistant Director for Children's Social Care, Katalin Mezei, presents a scorecard."), ["Assistant Director for Children's Social Care"]);
    // a post at a council named after "at" is still elsewhere
    assert.deepStrictEqual(conflicts("Report of: Katalin Mezei, Director of Children's Services\n\n" +
      "Ms Mezei, formerly the Assistant Director for Children's Social Care at Tipsbrook Council, presents a scorecard."), []);
  });
  it('"Report of: X, Corporate Director for Children and Families" then "Mr X, the council\'s Assistant Director for Children\'s Social Care"; not a director of housing', () => {
    assert.deepStrictEqual(conflicts("Report of: Goran Babic, Corporate Director for Children and Families\n\n4.5 Mr Babic, the council's Assistant Director for Children's Social Care, will chair a board."),
      ["Assistant Director for Children's Social Care"]);
    assert.deepStrictEqual(conflicts("Report of: Goran Babic, Corporate Director for Housing\n\n4.5 Mr Babic, the council's Assistant Director for Children's Social Care, will chair a board."), []);
  });

  it('a scrutiny committee\'s chair later given as the cabinet member; a cabinet member who attends scrutiny is not', () => {
    assert.deepStrictEqual(conflicts("Cllr Akosua Mensah, who chairs the council's children's services scrutiny committee, asked for a plan. " +
      "Cllr Mensah, the cabinet member for children's services, said it would come."), ["cabinet member for children's services"]);
    assert.deepStrictEqual(conflicts("Cllr Akosua Mensah, the cabinet member for children's services, attended the scrutiny committee. Cllr Mensah said a plan would come."), []);
  });

  it('the council\'s leader later given a portfolio, or its deputy leader; not both posts told as one, nor a leader who chairs', () => {
    assert.deepStrictEqual(conflicts("The council's lead member for children, Cllr Gertrude Tattersall, found an extra £5m. " +
      'The leader of the council, Cllr Tattersall, has warned of a gap next year.'), ['leader of the council']);
    assert.deepStrictEqual(conflicts('The leader of the council, Cllr Ruth Ames, spoke first. Later the deputy leader, Cllr Ames, closed the debate.'), ['deputy leader']);
    assert.deepStrictEqual(conflicts("Cllr Ruth Ames, leader of the council and cabinet member for children's services, spoke. Cllr Ames said more."), []);
    assert.deepStrictEqual(conflicts('The leader of the council, Cllr Ruth Ames, spoke first. Cllr Ames, the chair, closed the meeting.'), []);
  });

  it('"Virtual School Head" and later "Head of Fostering" are two heads of two things; "Deputy Head" beside a head is not', () => {
    assert.deepStrictEqual(conflicts('Officers: Gülay Kocabaş (Virtual School Head), Manon Lewis (Democratic Services Officer)\n\n' +
      'Ms Kocabaş, Head of Fostering, presented the annual report.'), ['Head of Fostering']);
    assert.deepStrictEqual(conflicts('Officers: Gülay Kocabaş (Virtual School Head), Manon Lewis (Democratic Services Officer)\n\n' +
      'Ms Kocabaş, Head of the Virtual School, presented the annual report.'), []);
  });
});


describe('roleConflicts: a remit after a comma, as minutes write it', () => {
  it('"Kwamena Otchere (Assistant Director, Safeguarding and Quality Assurance)" then "Mr Otchere, the Assistant Director for Early Help"', () => {
    const minutes = 'Officers: Kwamena Otchere (Assistant Director, Safeguarding and Quality Assurance), Merike Kallaste (Head of Service, Children in Care)\n\n' +
      'The Assistant Director presented the report. Councillor Tamm asked about placements. ';
    assert.deepStrictEqual(conflicts(minutes + 'Mr Otchere, the Assistant Director for Early Help, said each placement would be reviewed.'),
      ['Assistant Director for Early Help']);
    assert.deepStrictEqual(conflicts(minutes + 'Mr Otchere, the Assistant Director for Safeguarding, said each placement would be reviewed.'), []);
  });
});

describe('roleConflicts: a post taken in a year before the article\'s', () => {
  it('"She moved to Marnby as assistant director for safeguarding in 2020" is no current post beside the directorship', () => {
    const text = 'SOCIAL WORK LEADER\nJuly 2027 | The Interview\n\nNadeesha Amarasekara became director of children\'s services at Marnby Council ' +
      'in April, a year after the council was judged inadequate.\n\nAmarasekara qualified as a social worker in 2004. She moved to Marnby as ' +
      'assistant director for safeguarding in 2020 and was interim director for six months.\n';
    const found = (t: string) => analyzeArticle(t).diagnostics.filter((d) => d.code === 'role-conflict').map((d) => d.text);
    assert.deepStrictEqual(found(text), []);
    // a year not before the article's is no earlier post
    assert.deepStrictEqual(found(text.replace(' in 2020', ' in 2027')), ['assistant director for safeguarding']);
  });

  it('a titled post the minutes give someone else: "Ms V. Tanna (Virtual School Head)" then "Ms Tanna, the Fostering Service Manager"', () => {
    const body = 'Officers: Ms V. Tanna (Virtual School Head), Mr K. Oguntoye (Fostering Service Manager)\n\n' +
      '1. Ms Tanna presented the report on attendance.\n\n2. Ms Tanna, the Fostering Service Manager, reported that nine households had been approved.';
    assert.deepStrictEqual(conflicts(body), ['Fostering Service Manager']);
    // given to her alone, the second post still differs from the one she is listed with (said so without another holder)
    const alone = conflicts(body.replace('Mr K. Oguntoye (Fostering Service Manager)', 'Mr K. Oguntoye (Democratic Services Officer)'));
    assert.deepStrictEqual(alone, ['Fostering Service Manager']);
    // two people with one post and no second post are no conflict
    assert.deepStrictEqual(conflicts(body.replace('Ms V. Tanna (Virtual School Head)', 'Ms V. Tanna')), []);
  });

  it('a titled post in the list of those present, then a post of another kind: "Ms M. Ithel (Virtual School Headteacher)" ... "the Principal Social Worker, Ms Ithel"', () => {
    const body = 'Officers: Mrs A. Yiadom (Director of Children\'s Services), Ms M. Ithel (Virtual School Headteacher)\n\n' +
      '1. Ms Ithel presented the attendance report.\n\n2. In answer to Councillor Gruffydd, the Principal Social Worker, Ms Ithel, said absence had fallen.';
    assert.deepStrictEqual(conflicts(body), ['Principal Social Worker']);
    // the same kind of post in other words ("Virtual School Head"), or no post in a list, is no conflict
    assert.deepStrictEqual(conflicts(body.replace('the Principal Social Worker', 'the Virtual School Head')), []);
    assert.deepStrictEqual(conflicts(body.replace(' (Virtual School Headteacher)', '')), []);
  });
});

