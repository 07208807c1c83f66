import * as assert from 'assert';
import { findRoleConflicts } from '../../server/src/analysis/roleConflicts';
import { prepareText } from '../../server/src/analysis/text';
import { facts, personAt } from './factsHelpers';

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
});
