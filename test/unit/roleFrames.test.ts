import * as assert from 'assert';
import { people, person, rolesOf, formerOf } from '../peopleHelpers';

describe('role frames', () => {
  it('a role read forward to the comma before a name, past "the" and an "of" after a non-head', () => {
    assert.deepStrictEqual(rolesOf('The chairman of the Oakford Scrutiny Panel, Dr Rosa Lindley, praised staff.', 'Rosa Lindley'), ['chairman of the Oakford Scrutiny Panel']);
    assert.deepStrictEqual(rolesOf('The deputy leader of the authority, Councillor Omar Haddad, said it was a fair report.', 'Omar Haddad'), ['deputy leader of the authority']);
    // The comma reading needs the name to end its clause.
    assert.deepStrictEqual(rolesOf('After meeting the leader of the authority, Councillor Omar Haddad went home.', 'Omar Haddad'), []);
  });

  it('a role or a "who chairs" clause after an age set off by commas ("Keeley Hirst, 16, chair of ..."); "who now chairs", "who chaired"', () => {
    assert.deepStrictEqual(rolesOf('Keeley Hirst, 16, chair of the Children in Care Council, asked for more.', 'Keeley Hirst'), ['chair of the children in care council']);
    assert.deepStrictEqual(rolesOf("Jake Squire, 20, who chairs Torrisdon's care leavers' council, said so.", 'Jake Squire'), ["chair of Torrisdon's care leavers' council"]);
    assert.deepStrictEqual(formerOf('Gethin Prowse, who now chairs a housing charity in the town, said so.', 'Gethin Prowse'), [['chair of a housing charity', false]]);
    assert.deepStrictEqual(formerOf("Rowena Hollowell, who chaired Garnham's improvement board, said so.", 'Rowena Hollowell'), [["chair of Garnham's improvement board", true]]);
    // an age with nothing of a post after it
    assert.deepStrictEqual(rolesOf('Keeley Hirst, 16, asked for more.', 'Keeley Hirst'), []);
  });

  it('the main clause after an apposition opened by "previously"; a month after "in" ends a Title Case role', () => {
    assert.deepStrictEqual(formerOf("Vasanthi Thavarajah, previously assistant director of children's social care at Whitlaw Council, becomes permanent director.", 'Vasanthi Thavarajah'),
      [["assistant director of children's social care", true], ['permanent director', false]]);
    assert.deepStrictEqual(rolesOf('Chrystalla Loizou became independent chair of the Towanmouth Safeguarding Children Partnership in July.', 'Chrystalla Loizou'),
      ['independent chair of the Towanmouth safeguarding children partnership']);
    assert.deepStrictEqual(rolesOf('Ann Lee, Head of Service for Children in Care, said so.', 'Ann Lee'), ['head of service for children in care']);
  });

  it('a post after a party and ward in brackets; a remit listed with commas', () => {
    assert.deepStrictEqual(rolesOf("Cllr Jo Smith (Lab, Eastfield), cabinet member for children's services, said the report was fair.", 'Jo Smith'),
      ["cabinet member for children's services"]);
    assert.deepStrictEqual(rolesOf('Present: Councillor Nusrat Rehmani (Chair), Councillor Clive Blenkiron (Vice-Chair), Councillor Doreen Scaife', 'Nusrat Rehmani'), ['chair']);
    assert.deepStrictEqual(rolesOf('Jo Smith, executive director for children, families and education at Westshire Council, said so.', 'Jo Smith'),
      ['executive director for children, families and education']);
    // a list that does not close with "and" and a sector word is no remit
    assert.deepStrictEqual(rolesOf('Jo Smith, director of children, Bristol and Bath, said so.', 'Jo Smith'), ['director of children']);
  });

  it('a pre-modifier role before a titled name, with "the" inside it', () => {
    assert.deepStrictEqual(rolesOf('Deputy leader of the authority Cllr Omar Haddad said little.', 'Omar Haddad'), ['deputy leader of the authority']);
  });

  it('an apposition opened by "currently" or "formerly"', () => {
    const text = 'Mrs Grace Omondi, currently head of safeguarding at Lowfield, will start in June.';
    assert.deepStrictEqual(formerOf(text, 'Grace Omondi'), [['head of safeguarding', false]]);
    assert.deepStrictEqual(formerOf('Mrs Grace Omondi, formerly a team manager in Lowfield, said so.', 'Grace Omondi'), [['team manager', true]]);
    // An adverb with no role after it gives nothing.
    assert.deepStrictEqual(rolesOf('Mrs Grace Omondi, currently on leave, said so.', 'Grace Omondi'), []);
  });

  it('a bare role after a copula, former with "previously" or "had been"', () => {
    assert.deepStrictEqual(formerOf('Mr Tobias Krane, who was previously assistant director of early help in Dunmere, joined in May.', 'Tobias Krane'), [['assistant director of early help', true]]);
    // a post told in the past and held for a span of years is held no longer
    assert.deepStrictEqual(formerOf('Ms Lena Marsh was director for four years.', 'Lena Marsh'), [['director', true]]);
    assert.deepStrictEqual(formerOf('Ms Lena Marsh has been director for four years.', 'Lena Marsh'), [['director', false]]);
    assert.deepStrictEqual(rolesOf('Ms Lena Marsh was pleased with the result.', 'Lena Marsh'), []);
    assert.deepStrictEqual(rolesOf('Ms Lena Marsh is a member of the scrutiny panel.', 'Lena Marsh'), ['member of the scrutiny panel']);
  });

  it('the main clause after a relative clause: "X, who ..., has been Y"', () => {
    const text = 'Dr Ana Pereira, who was previously head of fostering at Dunmere, has been acting director since May.';
    assert.deepStrictEqual(formerOf(text, 'Ana Pereira'), [['head of fostering', true], ['acting director', false]]);
    assert.deepStrictEqual(rolesOf('Dr Ana Pereira, who praised the staff, said the manager was fine.', 'Ana Pereira'), []);
    assert.deepStrictEqual(rolesOf('Dr Ana Pereira, who thanked the chair, the head of fostering, left.', 'Ana Pereira'), []);
  });

  it('an academic is a role head', () => {
    assert.deepStrictEqual(formerOf('Dr Ana Pereira, a former academic at Dunmere University, said so.', 'Ana Pereira'), [['academic', true]]);
  });

  it('"where she had been Y" goes to the only person named before it', () => {
    const one = 'Mrs Ada Quayle arrived from Dunmere Council, where she had been head of fostering.';
    assert.deepStrictEqual(formerOf(one, 'Ada Quayle'), [['head of fostering', true]]);
    const two = 'Mrs Ada Quayle replaced Mr Piet Vos, who came from Dunmere, where he was head of fostering.';
    const ps = people(two);
    assert.deepStrictEqual(person(ps, 'Ada Quayle').roles, []);
    assert.deepStrictEqual(person(ps, 'Piet Vos').roles, []);
  });

  it('a second role joined by "and a former"', () => {
    const text = 'Dr Nils Aberg, chair of the improvement board and a former director of education, said so.';
    assert.deepStrictEqual(formerOf(text, 'Nils Aberg'), [['chair of the improvement board', false], ['director of education', true]]);
    assert.deepStrictEqual(rolesOf('Dr Nils Aberg, chair of the board and the council, said so.', 'Nils Aberg'), ['chair of the board']);
  });

  it('"of" inside a proper name in a capitalised complement', () => {
    assert.deepStrictEqual(rolesOf("The inspectorate's senior inspector for the North of Wales, Dr Ivo Brandt, said so.", 'Ivo Brandt'), ['senior inspector for the North of Wales']);
    // A lowercase word after the "of" ends the name.
    assert.deepStrictEqual(rolesOf('Dr Ivo Brandt, inspector for the North of concern, said so.', 'Ivo Brandt'), ['inspector for the North']);
  });

  it('a place after "adviser for" is not a person with that role', () => {
    const ps = people('The ministry adviser for Eastholme Marsh, Dr Ivo Brandt, will report in May.');
    assert.deepStrictEqual(ps.map((p) => [p.name, p.roles]), [['Ivo Brandt', ['ministry adviser for Eastholme Marsh']]]);
  });

  it('a plural title heading a minutes list is stripped from the first name', () => {
    const text = 'Attending: Councillors K. Fairbairn (Vice-Chair), L. Moss and T. Ng.\n\nCouncillor Fairbairn moved the report.';
    const ps = people(text);
    const k = person(ps, 'K. Fairbairn');
    assert.deepStrictEqual(k.aliases, ['Councillors K. Fairbairn', 'Councillor Fairbairn']);
    assert.ok(!ps.some((p) => /^Councillors/.test(p.name)));
  });

  it('a role in brackets after a name; a bracketed party is not a role', () => {
    assert.deepStrictEqual(rolesOf('Attending: Cllr T. Braddock (Vice-Chairman), Cllr F. Mayhew (Labour).', 'T. Braddock'), ['vice-chairman']);
    // the bracket may close the line, with nothing after it
    assert.deepStrictEqual(rolesOf('Also present: Councillor Joan Venables (Cabinet Member for Children’s Services)', 'Joan Venables'), ['cabinet member for children\'s services']);
    assert.deepStrictEqual(rolesOf('Present: Councillor Joan Venables (Labour)', 'Joan Venables'), []);
    assert.deepStrictEqual(rolesOf('Attending: Cllr T. Braddock (Chairman), Cllr F. Mayhew (Labour).', 'T. Braddock'), ['chairman']);
    assert.deepStrictEqual(rolesOf('Attending: Cllr T. Braddock (Chairman), Cllr F. Mayhew (Labour).', 'F. Mayhew'), []);
  });

  it('two roles joined by "and" before the name; not a non-role before the "and"', () => {
    assert.deepStrictEqual(rolesOf('The council’s deputy leader and portfolio holder for children and families, Councillor Ayo Oduya, said so.', 'Ayo Oduya').sort(),
      ['deputy leader', 'portfolio holder for children and families']);
    assert.deepStrictEqual(rolesOf('Parents and cabinet member Cllr Rob Ash met on Monday.', 'Rob Ash'), ['cabinet member']);
  });

  it('"the former <employer>’s Y appointed by Z as W": Y former, W current', () => {
    const ps = people('Sir Anthony Drewe, the former Barnardo’s chief executive appointed by the Department for Education as children’s commissioner for Pendlecross, will report in March.');
    const p = person(ps, 'Anthony Drewe');
    assert.deepStrictEqual(p.roleMentions?.map((r) => [r.role, r.former]), [['chief executive', true], ['children\'s commissioner for Pendlecross', false]]);
    // a participle that is not an appointment gives nothing
    assert.deepStrictEqual(rolesOf('Sir Tom Hale, the former chief executive praised by Ofsted as a leader, will speak.', 'Tom Hale'), ['chief executive']);
  });

  it('"X is a freelance journalist": a copula role with a new head word', () => {
    assert.deepStrictEqual(rolesOf('Kate Lindley is a freelance journalist who writes about social care.', 'Kate Lindley'), ['freelance journalist']);
  });

  it('a sentence led by "She" continues the one person the sentence before names', () => {
    const text = 'Dr Ola Hart qualified in 2003. She was previously head of service for children in care in Amberley and, before that, a team manager in Ravenhill.';
    const p = person(people(text), 'Ola Hart');
    assert.deepStrictEqual(p.roleMentions?.map((r) => [r.role, r.former]), [['head of service', true], ['team manager', true]]);
    // two people in the sentence before: whose role it is stays unknown
    const two = people('Dr Ola Hart met Tom Reed in 2003. She was previously head of service in Amberley.');
    assert.deepStrictEqual(two.flatMap((x) => x.roles), []);
    // a pronoun sentence that names someone itself is read by the other frames only
    const named = people('Dr Ola Hart qualified in 2003. She replaced Tom Reed, who was head of service.');
    assert.deepStrictEqual(person(named, 'Ola Hart').roles, []);
  });
});

describe('role frames: party groups, "spokesman on", bare second heads, plural possessives', () => {
  it('"leader of the Conservative opposition group", "the opposition Labour group’s spokesman on children’s services"', () => {
    assert.deepStrictEqual(rolesOf('The leader of the Conservative opposition group, Councillor Fiona Hale, said no.', 'Fiona Hale'), ['leader of the Conservative opposition group']);
    assert.deepStrictEqual(rolesOf('The opposition Labour group’s spokesman on children’s services, Councillor Ruth Penn, was pleased.', 'Ruth Penn'), ["spokesman on children's services"]);
    // "on" joins a complement only after a spokesman-like head
    assert.deepStrictEqual(rolesOf('The director on duty, Mr Tom Hale, said nothing.', 'Tom Hale'), []);
  });

  it('a second role after "and" with no article, inside a Title Case name with a plural possessive', () => {
    assert.deepStrictEqual(rolesOf('So writes Margaret Holt, a former foster carer and chair of the Wexley Foster Carers’ Association.', 'Margaret Holt'),
      ['foster carer', "chair of the Wexley Foster Carers' Association"]);
    assert.deepStrictEqual(rolesOf('Jo Bell, a social worker and mother of three, said so.', 'Jo Bell'), ['social worker']);
  });

  it('a bare head said after its fuller form is not a second role', () => {
    assert.deepStrictEqual(rolesOf('Director of children’s services Mark Dale spoke. Mr Dale, who took over as director in 2021, was pleased.', 'Mark Dale'), ["director of children's services"]);
  });
});

describe('role frames: fronted "before" clauses, chains of earlier posts, "joined X as", "return to his role as"', () => {
  it('"Before joining X in 2018, she was A and, before that, B and then C": three former roles', () => {
    const text = 'Dr Priya Venn will join in May. Before joining Fellbrook in 2018, she was head of safeguarding at Harwood Borough Council and, before that, ' +
      'a social worker and then a team manager in Lammerside for nine years.';
    assert.deepStrictEqual(formerOf(text, 'Priya Venn'), [['head of safeguarding', true], ['social worker', true], ['team manager', true]]);
  });

  it('"joined Next Steps as a personal adviser", also after an apposed name; not "joined the staff as they left"', () => {
    assert.deepStrictEqual(rolesOf('The team’s manager, Folake Ade, joined Next Steps as a personal adviser in 2012.', 'Folake Ade'), ['manager', 'personal adviser']);
    assert.deepStrictEqual(rolesOf('Ann Bell joined the council as director in 2019.', 'Ann Bell'), ['director']);
    assert.deepStrictEqual(rolesOf('Sam Roe joined the staff as they left.', 'Sam Roe'), []);
  });

  it('"will return to his substantive role as Y", "remains in her post as Y"', () => {
    assert.deepStrictEqual(rolesOf('Mr Tom Grey will return to his substantive role as assistant director for early help.', 'Tom Grey'), ['assistant director for early help']);
    assert.deepStrictEqual(rolesOf('Ann Bell remains in her post as head of service.', 'Ann Bell'), ['head of service']);
    assert.deepStrictEqual(rolesOf('Ann Bell will return to her desk as soon as she can.', 'Ann Bell'), []);
  });
});

describe('role frames: a remit after a comma in brackets, "assistant" as a head', () => {
  it('"Dr Amos Ferrant (Strategic Director, Children and Families)"; "X, Senior Parliamentary Assistant to ..."', () => {
    assert.deepStrictEqual(rolesOf('OFFICERS IN ATTENDANCE: Kathryn Sowerby (Chief Executive); Dr Amos Ferrant (Strategic Director, Children and Families).', 'Amos Ferrant'),
      ['strategic director, children and families']);
    assert.deepStrictEqual(rolesOf('Media enquiries: Crispin Latchford, Senior Parliamentary Assistant to the MP', 'Crispin Latchford'), ['senior parliamentary assistant']);
  });

  it('a remit with "in" ("Children in Care and Care Leavers"); the post and remit before a bracketed name or before a comma', () => {
    assert.deepStrictEqual(rolesOf('Officers: Tamsin Ollerhead (Head of Service, Children in Care and Care Leavers), Piers Wattam (Fostering Service Manager)', 'Tamsin Ollerhead'),
      ['head of service, children in care and care leavers']);
    assert.deepStrictEqual(rolesOf('Report of: Corporate Director, Children and Families (Dr Hesper Moyle)\nPurpose of the report', 'Hesper Moyle'),
      ['corporate director, children and families']);
    assert.deepStrictEqual(rolesOf('The Head of Service, Children in Care, Ms Orla Brankin, reported on the home.', 'Orla Brankin'), ['head of service, children in care']);
    // a remit needs its post: a bare list of capitalised words before the bracket is none
    assert.deepStrictEqual(rolesOf('Present: Brigg, Children and Families (Dr Hesper Moyle) joined later.', 'Hesper Moyle'), []);
  });
});

describe('role text: names keep their capitals in Title Case roles', () => {
  it('"Member of Parliament for Carrowby and Tidmouth" keeps the place; sector words are lowered', () => {
    assert.deepStrictEqual(rolesOf('The newsletter of Rosamund Kett MP, Member of Parliament for Carrowby and Tidmouth, is out.', 'Rosamund Kett'),
      ['MP', 'member of Parliament for Carrowby and Tidmouth']);
    assert.deepStrictEqual(rolesOf('The Director of Children’s Services, Sam Roe, spoke.', 'Sam Roe'), ["director of children's services"]);
  });
});
