import * as assert from 'assert';
import { extractPeople } from '../../server/src/analysis/people';
import { prepareText } from '../../server/src/analysis/text';

const summary = (text: string) => extractPeople(prepareText(text)).map((p) => [p.name, p.aliases]);

describe('people: one person spelt two ways', () => {
  it('a titled surname one edit from a full name joins that person', () => {
    assert.deepStrictEqual(summary('Gwen Abernathy opened the meeting. Later Mrs Abernethy closed it.'), [['Gwen Abernathy', ['Mrs Abernethy']]]);
    assert.deepStrictEqual(summary('Mr Owain Pettigrew spoke. Mr Petigrew said more.'), [['Owain Pettigrew', ['Mr Owain Pettigrew', 'Mr Petigrew']]]);
  });

  it('not across genders, not for short surnames, not when two people are equally near', () => {
    assert.deepStrictEqual(summary('Mr Owain Pettigrew spoke. Mrs Petigrew said more.'), [['Owain Pettigrew', ['Mr Owain Pettigrew']], ['Mrs Petigrew', []]]);
    assert.deepStrictEqual(summary('Mr Tom Brown spoke. Mr Browne said more.'), [['Tom Brown', ['Mr Tom Brown']], ['Mr Browne', []]]);
    const two = summary('Gwen Abernathy and Ruth Abernethey spoke. Mrs Abernethy closed it.');
    assert.deepStrictEqual(two.map((p) => p[0]), ['Gwen Abernathy', 'Ruth Abernethey', 'Mrs Abernethy']);
  });

  it('another spelling of the same given name before the same surname is the same person', () => {
    assert.deepStrictEqual(summary('Philip Oduya spoke first. Later Phillip Oduya added more.'), [['Philip Oduya', ['Phillip Oduya']]]);
    // One letter apart but two different names: two people.
    assert.deepStrictEqual(summary('Jon Oduya spoke first. Later Joan Oduya added more.').map((p) => p[0]), ['Jon Oduya', 'Joan Oduya']);
  });

  it('a first name one letter apart under a rare surname is one person; under a common one, two', () => {
    assert.deepStrictEqual(summary('Karen Holloway-Achebe is head of fostering. Later Karin Holloway-Achebe said more.'),
      [['Karen Holloway-Achebe', ['Karin Holloway-Achebe']]]);
    assert.deepStrictEqual(summary('Mark Green said so. Mary Green said more.').map((p) => p[0]), ['Mark Green', 'Mary Green']);
    // an unrelated first name under the same rare surname stays another person
    assert.deepStrictEqual(summary('Karen Holloway-Achebe said so. Peter Holloway-Achebe said more.').map((p) => p[0]),
      ['Karen Holloway-Achebe', 'Peter Holloway-Achebe']);
  });

  it('the same first name before a long surname one edit away is one person; a short surname, two', () => {
    assert.deepStrictEqual(summary('Vytautas Kavaliauskas said he will start in June. Later Vytautas Kavaliaukas said more.'),
      [['Vytautas Kavaliauskas', ['Vytautas Kavaliaukas']]]);
    assert.deepStrictEqual(summary('Tom Brown said so. Tom Browne said more.').map((p) => p[0]), ['Tom Brown', 'Tom Browne']);
  });
});
