// Names the layout or the spelling of a surname gives away: letter signatures, surnames of two words
// ("Ní Bhriain", "ap Gwilym"), a newspaper's title that is not a person.
import * as assert from 'assert';
import { people, person } from '../peopleHelpers';

describe('people: signatures, two-word surnames, mastheads', () => {
  it('a signature under a letter: a name line after a blank line, one short line under it, then a blank line', () => {
    const text = 'Letters\n\nStaff deserve our thanks.\n\nJ. K. Adewale-Price\nFernley\n\nMoney matters more than grades.\n\nPatrick O’Rourke-Dunne\nChair, Fernley Foster Carers’ Association\n\nNext letter.';
    const ps = people(text);
    assert.ok(ps.some((p) => p.name === 'J. K. Adewale-Price'));
    assert.deepStrictEqual(person(ps, 'Patrick O’Rourke-Dunne').roles, ['chair']);
  });

  it('a heading between blank lines, or a name line over a sentence, is not a signature', () => {
    assert.deepStrictEqual(people('Intro.\n\nPraise Where Due\n\nInspectors praised staff.').map((p) => p.name), []);
    assert.deepStrictEqual(people('Intro.\n\nRiver Lane Works\nThe works are done.\n\nMore.').map((p) => p.name), []);
  });

  it('a title before a two-word surname is the person named in full elsewhere', () => {
    const ps = people('Present: Councillors R. Oyelaran-Smith (Chair), M. Ní Bhriain and T. Wójcik.\n\nCouncillor Ní Bhriain asked why.');
    assert.deepStrictEqual(person(ps, 'M. Ní Bhriain').aliases, ['Councillor Ní Bhriain']);
    assert.ok(!ps.some((p) => p.name === 'Ní Bhriain'));
    const cy = people('Cllr Rhys ap Gwilym, cabinet member for children, said so. Cllr ap Gwilym added more.');
    assert.deepStrictEqual(cy.map((p) => p.name), ['Rhys ap Gwilym']);
  });

  it('two fuller names ending the same way: the titled short form stays its own', () => {
    const ps = people('Anna de Vries met Piet de Vries. Mrs de Vries spoke first.');
    assert.ok(ps.some((p) => p.name === 'Anna de Vries') && ps.some((p) => p.name === 'Piet de Vries'));
    assert.ok(!person(ps, 'Anna de Vries').aliases.includes('Mrs de Vries') || !person(ps, 'Piet de Vries').aliases.includes('Mrs de Vries'));
  });

  it('a masthead by a dateline is not a byline', () => {
    assert.deepStrictEqual(people('LETTERS: Your views\n\nFernley Chronicle\nSaturday, 22 September 2018\n\nText here.').map((p) => p.name), []);
  });

  it('initials join the full name that starts with the first initial: "S. Al-Khouri" is "Samir Al-Khouri"', () => {
    const ps = people('PRESENT: Councillors S. Al-Khouri, E. van der Berg and K. Ahmed.\n\nCouncillor Samir Al-Khouri asked a question. Councillor Esther van der Berg replied. Councillor van der Berg added more.');
    assert.ok(person(ps, 'Samir Al-Khouri').aliases.includes('Councillors S. Al-Khouri'));
    assert.deepStrictEqual(person(ps, 'Esther van der Berg').aliases.sort(), ['Councillor Esther van der Berg', 'Councillor van der Berg', 'E. van der Berg']);
    // a different first letter is a different person
    const two = people('Councillors S. Ahmed and T. Ward attended. Councillor Kamran Ahmed spoke.');
    assert.ok(two.some((p) => p.name === 'S. Ahmed') && two.some((p) => p.name === 'Kamran Ahmed'));
  });

  it('initials written as capitals ("JR Smithers") or with "A." ("D. A. Whitlock"); "MP Jane Smith" is no initial', () => {
    const ps = people('PRESENT: The Mayor (Councillor D. A. Whitlock) in the Chair; Councillors S. Al-Khouri, JR Smithers and K. Ahmed.');
    assert.deepStrictEqual(ps.map((p) => p.name).sort(), ['D. A. Whitlock', 'JR Smithers', 'K. Ahmed', 'S. Al-Khouri']);
    assert.deepStrictEqual(person(ps, 'D. A. Whitlock').roles, ['mayor']);
    assert.ok(people('Peterborough MP Jane Smith said so.').some((p) => p.name === 'Jane Smith'));
  });
});

