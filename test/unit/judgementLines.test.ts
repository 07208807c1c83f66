import * as assert from 'assert';
import { findArticleDate } from '../../server/src/analysis/articleDate';
import { extractDates } from '../../server/src/analysis/dates';
import { judgementLines } from '../../server/src/analysis/judgementLines';
import { extractRatings } from '../../server/src/analysis/ratings';
import { prepareText } from '../../server/src/analysis/text';

function ratings(text: string): string[][] {
  const article = prepareText(text);
  return extractRatings(article, extractDates(article, findArticleDate(article))).map((r) => [r.text, r.subject ?? '', r.date ?? '']);
}

describe('judgementLines: judgements set out one to a line', () => {
  it('finds "Label: grade" lines that stand beside another, lower-case grades and two-word labels too', () => {
    const t = 'Published: 19 October 2010\n\nJudgements\nOverall effectiveness: adequate\nCapacity for improvement: good\nBeing healthy: good\n';
    assert.deepStrictEqual([...judgementLines(prepareText(t))], [3, 4, 5]);
    assert.deepStrictEqual(ratings(t).map((r) => r.slice(0, 2)), [['adequate', 'effectiveness'], ['good', 'Capacity for improvement'], ['good', 'Being healthy']]);
  });

  it('a list item may end with the stop of the list ("- the experiences and progress of children in care: good;")', () => {
    const t = 'CABINET\n10 June 2027\n\n3.1 Ofsted judged the council as follows:\n\n- overall effectiveness: requires improvement to be good;\n' +
      '- the experiences and progress of children in care: good;\n- the impact of leaders on social work practice with children and families: good.\n\nText.';
    assert.deepStrictEqual(ratings(t).map((r) => r[0]), ['requires improvement to be good', 'good', 'good']);
    // one such line alone is still not enough
    assert.deepStrictEqual(ratings('Note\n\n- this was good;\n\nText.'), []);
  });

  it('finds "Name (note): grade, inspected <days> <month year> (note)" lines, each dated by its inspection', () => {
    const t = 'Homes\n\n3.2 The council runs four homes:\n\n• Thornsett Lodge (six beds): good, inspected 3 and 4 September 2025\n' +
      '• Pendlebrook House (four beds): good, inspected 11 and 12 November 2025\n• Wyndle Cottage (two beds): good, inspected 20 January 2026 (previously outstanding)\n';
    assert.deepStrictEqual(ratings(t).map((r) => [r[1], r[2]]), [['Thornsett Lodge (six beds)', '2025-09'], ['Pendlebrook House (four beds)', '2025-11'], ['Wyndle Cottage (two beds)', '2026-01'],
      // the grade before it is the same home's, of an inspection the line does not date
      ['Wyndle Cottage (two beds)', '']]);
  });

  it('finds "Name – Grade (date)" lines, each dated by its bracket', () => {
    const t = 'Where each council stands:\nGreysand – Inadequate (March 2023)\nHallowmere – Outstanding (November 2022)\n';
    assert.deepStrictEqual(ratings(t), [['Inadequate', 'Greysand', '2023-03'], ['Outstanding', 'Hallowmere', '2022-11']]);
  });

  it('a timeline of "Year: Grade" lines: each year a date, and the date of its line\'s grade', () => {
    const t = 'Published: 5 July 2024\n\nCANDLEMERE\n2009: Adequate (annual rating)\n2015 – Requires improvement to be good\n2024: Outstanding\n';
    const article = prepareText(t);
    assert.deepStrictEqual(extractDates(article, findArticleDate(article)).map((d) => d.text).slice(1), ['2009', '2015', '2024']);
    assert.deepStrictEqual(ratings(t).map((r) => [r[0], r[2]]), [['Adequate', '2009'], ['Requires improvement to be good', '2015'], ['Outstanding', '2024']]);
  });

  it('a table of "Year | Framework | Grade" rows and a "Year - Kind: grade" timeline: each year a date, and its row\'s grade\'s date', () => {
    const t = 'Report to Cabinet, 11 March 2025\n\nYear | Inspection | Judgement\n2012 | Safeguarding | Adequate\n2014 | Single inspection framework | Inadequate\n2019 | ILACS | Good\n';
    const article = prepareText(t);
    assert.deepStrictEqual(extractDates(article, findArticleDate(article)).map((d) => d.text).slice(1), ['2012', '2014', '2019']);
    assert.deepStrictEqual(ratings(t).map((r) => [r[0], r[2]]), [['Adequate', '2012'], ['Inadequate', '2014'], ['Good', '2019']]);
    const u = 'Published: 5 July 2025\n\nTimeline\n2011 - Safeguarding inspection: adequate\n2014 - Single inspection: inadequate\n2025 - ILACS: outstanding\n';
    assert.deepStrictEqual(ratings(u).map((r) => [r[0], r[2]]), [['adequate', '2011'], ['inadequate', '2014'], ['outstanding', '2025']]);
  });

  it('"Name (note) – Grade – date" lines, each dated by its own date and rating the name', () => {
    const t = 'Their most recent full inspections were:\nThornlea Lodge (four beds) – Good – 9 January 2025\nThe Sycamores (three beds) – Outstanding – 14 March 2024\n';
    assert.deepStrictEqual(ratings(t), [['Good', 'Thornlea Lodge (four beds)', '2025-01'], ['Outstanding', 'The Sycamores (three beds)', '2024-03']]);
    // more than a date after the dash is a remark, not a list line
    assert.deepStrictEqual([...judgementLines(prepareText('Thornlea – Good – but slipping\nSycamores – Good – and improving\n'))], []);
  });

  it('a lone line, a blank between, or a line with more than a grade is no list', () => {
    assert.deepStrictEqual(ratings('Note: good\n\nWeather: good\n'), []);
    assert.deepStrictEqual(ratings('Verdict: good news for everyone\nMood: good and getting better\n'), []);
    assert.deepStrictEqual([...judgementLines(prepareText('x'.repeat(100000) + ': good\nA: good\n'))], []);
  });
});

describe('judgementLines: an earlier grade in brackets', () => {
  it('"- Tenbrook: outstanding (previously good)" gives both grades to Tenbrook', () => {
    const t = 'The results are:\n- Tenbrook: outstanding (previously good)\n- Fenstow: inadequate (previously requires improvement)\n';
    assert.deepStrictEqual(ratings(t).map((r) => r.slice(0, 2)), [['outstanding', 'Tenbrook'], ['good', 'Tenbrook'], ['inadequate', 'Fenstow'], ['requires improvement', 'Fenstow']]);
  });
});
