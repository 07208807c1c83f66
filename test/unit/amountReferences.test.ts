import * as assert from 'assert';
import { findAmountReferences } from '../../server/src/analysis/amountReferences';
import { prepareText } from '../../server/src/analysis/text';

const found = (t: string) => findAmountReferences(prepareText(t)).map((d) => [d.code, d.text]);

describe('amountReferences: a sum referred back to with "the" or "that"', () => {
  it('flags "that £12.4m agency bill" after "£14.2m on agency social workers", and "the £2.4m spent on agency staff" after "£2.1m on agency social workers"', () => {
    assert.deepStrictEqual(found('Wraxby spent £14.2m on agency social workers in 2023-24. The leader said she would cut that £12.4m agency bill in half.'),
      [['figure-conflict', '£12.4m']]);
    assert.deepStrictEqual(found('The council spent £2.1m on agency social workers last year. Cllr Sahota says the £2.4m spent on agency staff "is money we would rather spend".'),
      [['figure-conflict', '£2.4m']]);
  });

  it('not when the sum was given before, when nothing ties the two sums, when they differ widely, or when two earlier sums could be meant', () => {
    assert.deepStrictEqual(found('It spent £14.2m on agency staff. She would cut that £14.2m agency bill.'), []);
    assert.deepStrictEqual(found('It spent £14.2m on agency staff. The £12.4m building project is late.'), []);
    assert.deepStrictEqual(found('It spent £4.2m on agency staff. She would cut that £12.4m agency bill.'), []);
    assert.deepStrictEqual(found('It spent £11.9m on agency staff in 2022 and £13.1m on agency staff in 2023. She would cut that £12.4m agency bill.'), []);
    // a sum with no "the" or "that" is a new figure
    assert.deepStrictEqual(found('It spent £14.2m on agency staff. It will spend £12.4m on agency staff next year.'), []);
  });
});

describe('amountReferences: a percentage referred back to as "the N per cent figure"', () => {
  it('flags "the 68 per cent figure" after "72 per cent of care leavers", in words, digits or with "%"', () => {
    assert.deepStrictEqual(found('Inspectors found that 72 per cent of care leavers were in work or training. The head of service said the 68 per cent figure was above the national average.'),
      [['figure-conflict', '68 per cent']]);
    assert.deepStrictEqual(found('Some 72% of care leavers were in work, and 40% of those in college. That 68% rate is the best in the region.'),
      [['figure-conflict', '68%']]);
  });

  it('not when the figure was given before, when no earlier figure or two are near it, or when "that" opens a clause', () => {
    assert.deepStrictEqual(found('Some 72 per cent were in work, against 68 per cent nationally. The 68 per cent figure is national.'), []);
    assert.deepStrictEqual(found('Some 92 per cent were in work. The 68 per cent figure is national.'), []);
    assert.deepStrictEqual(found('Some 72 per cent were in work, and 65 per cent in 2023. The 68 per cent figure is national.'), []);
    assert.deepStrictEqual(found('Some 72 per cent were in work. Inspectors found that 68 per cent of reviews were late.'), []);
  });
});
