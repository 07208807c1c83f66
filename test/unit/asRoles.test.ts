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
});
