import * as assert from 'assert';
import { formerOf, people, person } from '../peopleHelpers';

describe('roles after "as" in a span of time or a move', () => {
  it('"who retired after six years as director" is the role of the person named last before it, held before', () => {
    assert.deepStrictEqual(formerOf('She replaces Paul Whitlock-Ede, who retired last December after six years as director.', 'Paul Whitlock-Ede'),
      [['director', true]]);
  });

  it('"spent ten years as a social worker and team manager": both roles', () => {
    assert.deepStrictEqual(formerOf('Before moving to Wexcombe in 2017, Dr Ros Efthymiou spent ten years as a social worker and team manager in Birmingham.', 'Ros Efthymiou'),
      [['social worker', true], ['team manager', true]]);
  });

  it('"came to Saxonbridge as interim director", and a pronoun sentence after a sentence naming one person', () => {
    assert.deepStrictEqual(formerOf('Ms Lucy Abernethy came to Saxonbridge as interim director.', 'Lucy Abernethy'), [['interim director', false]]);
    const p = person(people('Ms Jo Marsh joined Brindlecombe in 2018. She was made permanent director in 2019 after a year as interim director.'), 'Jo Marsh');
    assert.ok(p.roleMentions?.some((r) => r.role === 'interim director' && r.former));
  });

  it('"as" that is no span or move gives nothing', () => {
    assert.deepStrictEqual(people('Tom Reed said the plan was as good as the last one. He saw her as a leader.').flatMap((p) => p.roles), []);
    assert.deepStrictEqual(people('Dr Jo Marsh met Tom Reed. She worked for years as a volunteer.').flatMap((p) => p.roles), []);
  });

  it('a relative clause after an apposition: "X, the council’s Y, who has been acting Z"', () => {
    assert.deepStrictEqual(formerOf('The service has been led by Sandeep Kaur-Bhatti, the council’s assistant director for early help, who has been acting director of children’s services.', 'Sandeep Kaur-Bhatti'),
      [['assistant director for early help', false], ['acting director of children\'s services', false]]);
  });

  it('"who joined from Y where she was Z", without a comma before "where"', () => {
    assert.deepStrictEqual(formerOf('Ms Siobhan O’Driscoll, who joined from Marlbury County Council where she was assistant director for safeguarding, arrived in 2018.', 'Siobhan O’Driscoll'),
      [['assistant director for safeguarding', true]]);
  });

  it('"started her career as a residential care worker"; "He joined ... from X, where he was Y" after a sentence naming one person', () => {
    assert.deepStrictEqual(formerOf('Ms Naledi Brooks started her career as a residential care worker.', 'Naledi Brooks'), [['residential care worker', true]]);
    const p = person(people('Dr Tobias Nankivell said the report was fair. He joined the council in April 2018 from Trevissick County Council, where he was assistant director for safeguarding.'), 'Tobias Nankivell');
    assert.deepStrictEqual(p.roleMentions?.map((r) => [r.role, r.former]), [['assistant director for safeguarding', true]]);
  });

  it('new heads and a capitalised "and" before the head: "independent reviewer", "Health and Social Care Reporter"', () => {
    assert.deepStrictEqual(formerOf('The review was written by independent reviewer Dr Siobhan Carrick-Boyd.', 'Siobhan Carrick-Boyd'), [['independent reviewer', false]]);
    assert.deepStrictEqual(formerOf('Headline\n\nBy Rhiannon Batchelor, Health and Social Care Reporter\nWednesday 13 July 2022\n\nText.', 'Rhiannon Batchelor'),
      [['health and social care reporter', false]]);
  });

  it('a letter\'s address block: the post on the line under the name', () => {
    const text = 'Ofsted\n3 March 2021\n\nKwabena Asante-Rowe\nDirector of Children\'s Services\nDurnholme County Council\nCounty Hall\n\nDear Mr Asante-Rowe';
    assert.deepStrictEqual(person(people(text), 'Kwabena Asante-Rowe').roles, ['director of children\'s services']);
    // a sentence under a name line is not a post
    assert.deepStrictEqual(people('Kwabena Asante-Rowe\nDirector of services said the plan would work.\n\nMore.').flatMap((p) => p.roles), []);
  });

  it('two Title Case posts joined by "and" in apposition are two roles, and no role conflict ("Leader of Wychstone Council and Cabinet Member for ...")', () => {
    const t = 'Councillor Les Sidaway, Leader of Wychstone Council and Cabinet Member for Children\'s Services, said the plan would work.';
    assert.deepStrictEqual(person(people(t), 'Les Sidaway').roles, ['leader of Wychstone council', "cabinet member for children's services"]);
    // one post with "and" inside its remit stays one
    assert.deepStrictEqual(person(people('Jo Bell, Director of Children and Families, said so.'), 'Jo Bell').roles, ['director of children and families']);
  });

  it('"Mr X chairs the board", "She now chairs the Partnership": a subject\'s present verb of chairing or heading; not "runs a workshop"', () => {
    assert.deepStrictEqual(person(people('The council named Ùisdean MacAmhlaigh as commissioner. Mr MacAmhlaigh chairs the board.'), 'Ùisdean MacAmhlaigh').roles,
      ['commissioner', 'chair of the board']);
    assert.deepStrictEqual(formerOf('Renata Hepworth was director of children\'s services in Whinfellside from 2015 to 2024. She now chairs the Brackenburn Partnership.', 'Renata Hepworth'),
      [["director of children's services", true], ['chair of the Brackenburn Partnership', false]]);
    assert.deepStrictEqual(people('Jane Smith runs a workshop for carers. Jane Smith leads the review.').flatMap((p) => p.roles), []);
  });

  it('"who leads/chairs Y" as the post it names; "will take over as"; an apposed name\'s own clause; "Before that she was ..."', () => {
    assert.deepStrictEqual(person(people('Sharon Keble, who chairs the Wychford Foster Carers\' Association, said so.'), 'Sharon Keble').roles,
      ['chair of the Wychford Foster Carers\' Association']);
    assert.deepStrictEqual(formerOf('Mark Devereux, a former director at Pelham, will take over as interim director on Monday.', 'Mark Devereux'),
      [['director', true], ['interim director', false]]);
    assert.deepStrictEqual(person(people('The council\'s head of social care, Paula Renshaw, is now acting director.'), 'Paula Renshaw').roles.sort(),
      ['acting director', 'head of social care']);
    const p = person(people('Ms Alison Brightwell joined from Harleston. Before that she was a social worker and team manager in London for 14 years.'), 'Alison Brightwell');
    assert.deepStrictEqual(p.roleMentions?.map((r) => [r.role, r.former]), [['social worker', true], ['team manager', true]]);
    const q = person(people('Ms Bernadette Quigley said so. She was previously head of service at Coldharbour, and before that a principal social worker.'), 'Bernadette Quigley');
    assert.deepStrictEqual(q.roles, ['head of service', 'principal social worker']);
    // a name in a list followed by a verb of its own sentence is no apposed name
    assert.deepStrictEqual(people('Present were Tom Reed, Ann Hale, and Jo Marsh.').flatMap((x) => x.roles), []);
  });

  it('"Compiled by X" credits a person wherever the line stands', () => {
    assert.ok(people('Item one.\n\nItem two.\n\nItem three.\n\nItem four.\n\nItem five.\n\nItem six.\n\nItem seven.\n\nCompiled by Ffion Reeves\n').some((x) => x.name === 'Ffion Reeves'));
  });

  it('"She was our acting team manager"; "A team manager in X, she had ..." after a sentence naming one person', () => {
    assert.deepStrictEqual(person(people('My colleague Ms Shabnam Rahimi puts it well. She was our acting team manager for most of 2017.'), 'Shabnam Rahimi').roles,
      ['acting team manager']);
    assert.deepStrictEqual(person(people('Lauren Pike remembers the week. A team manager in Marlbeck\'s east locality, she had 34 open cases.'), 'Lauren Pike').roles,
      ['team manager']);
    assert.deepStrictEqual(people('Lauren Pike remembers the week. A report in March, she said, was fair.').flatMap((p) => p.roles), []);
  });

  it('"X has been Eskdene\'s director"; "The trust\'s chief executive is X"; parties in a role; "who has been the chair designate"', () => {
    assert.deepStrictEqual(person(people('Colm Fitzharris has been Eskdene\'s director of children\'s services since 2016.'), 'Colm Fitzharris').roles,
      ['director of children\'s services']);
    assert.deepStrictEqual(person(people('The trust\'s chief executive is Marisa Kellaway-Dunn, who spent years there.'), 'Marisa Kellaway-Dunn').roles, ['chief executive']);
    assert.deepStrictEqual(person(people('But the leader of the opposition Labour group, Councillor Shirin Vahidi, said no.'), 'Shirin Vahidi').roles,
      ['leader of the opposition Labour group']);
    assert.deepStrictEqual(person(people('The leader of the Liberal Democrat opposition, Councillor Judith Ferrier, said no.'), 'Judith Ferrier').roles,
      ['leader of the Liberal Democrat opposition']);
    assert.deepStrictEqual(person(people('The chief nurse of the local integrated care board, Dr Ifeoma Sadiq, agreed.'), 'Ifeoma Sadiq').roles,
      ['chief nurse of the local integrated care board']);
    assert.deepStrictEqual(person(people('It is chaired by Sir Anthony Rudge, a former chief constable, who has been the chair designate since last summer.'), 'Anthony Rudge')
      .roles, ['chief constable', 'chair']);
    // "The problem is X" is no role
    assert.deepStrictEqual(people('The problem is Tom Reed, said Ann Hale.').flatMap((p) => p.roles), []);
  });

  it('a Title Case role runs on through "for" and "in" between capitals, and a place keeps its capitals', () => {
    assert.deepStrictEqual(person(people('He is supported by the Head of Service for Children in Care, Dr Bronwen Talfryn, and others.'), 'Bronwen Talfryn').roles,
      ['head of service for children in care']);
    assert.deepStrictEqual(person(people('Dr Jo Hale, Director of Children’s Services in Kent, said so.'), 'Jo Hale').roles, ['director of children\'s services in Kent']);
    assert.deepStrictEqual(person(people('Dr Jo Hale, director of children’s services, said so in March.'), 'Jo Hale').roles, ['director of children\'s services']);
  });
});

