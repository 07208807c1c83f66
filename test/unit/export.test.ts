// Export: brat standoff from an analysis, checked line by line, and the JSON the CLI writes.
import * as assert from 'assert';
import { analyzeArticle } from '../../server/src/analysis/analyze';
import { DEFAULT_OPTIONS } from '../../server/src/analysis/options';
import { AnalysisOutput, ArticleAnalysis } from '../../server/src/analysis/schema';
import { BRAT_CONF, toBratStandoff, toJsonExport } from '../../server/src/features/export';
import { readSeed } from '../seeds';

const at = (text: string, s: string, n = 0) => {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(s, i + 1);
  if (i < 0) throw new Error(s);
  return { start: i, end: i + s.length, text: s };
};

function analysis(text: string): ArticleAnalysis {
  return {
    file: 'a.txt',
    articleDate: null,
    people: [
      {
        name: 'Jane Doe',
        aliases: ['Ms Doe'],
        roles: ['director of children’s services'],
        mentions: [at(text, 'Jane Doe'), at(text, 'Ms Doe')],
        roleMentions: [{ ...at(text, 'director of children’s services'), role: "director of children's services", former: true }],
      },
    ],
    organisations: [{ name: 'Ofsted', mentions: [at(text, 'Ofsted')] }],
    ratings: [{ ...at(text, 'requires improvement'), grade: 'requires improvement', subject: 'the council', date: null, status: 'awarded' }],
    dates: [{ ...at(text, 'in January'), resolved: '2013-01', basis: 'article-date' }],
    diagnostics: [],
  };
}

describe('brat standoff export', () => {
  it('writes entities in text order with notes, attributes, coreference and the role relation', () => {
    const text = 'Jane Doe, former director of children’s services, said Ofsted rated it requires improvement in January.\nMs Doe agreed.';
    assert.strictEqual(
      toBratStandoff(analysis(text), text),
      [
        'T1\tPerson 0 8\tJane Doe',
        'T2\tRole 17 48\tdirector of children’s services',
        'T3\tOrganisation 55 61\tOfsted',
        'T4\tRating 71 91\trequires improvement',
        'T5\tDate 92 102\tin January',
        'T6\tPerson 104 110\tMs Doe',
        '#1\tAnnotatorNotes T1\tJane Doe',
        'A1\tFormer T2',
        "#2\tAnnotatorNotes T2\tdirector of children's services",
        '#3\tAnnotatorNotes T3\tOfsted',
        'A2\tGrade T4 Requires_improvement',
        'A3\tStatus T4 Awarded',
        '#4\tAnnotatorNotes T4\tthe council',
        '#5\tAnnotatorNotes T5\t2013-01',
        '#6\tAnnotatorNotes T6\tJane Doe',
        '*\tCoreference T1 T6',
        'R1\tHolds Arg1:T1 Arg2:T2',
        '',
      ].join('\n'),
    );
  });

  it('counts offsets in code points after an emoji and splits a span at a line break', () => {
    const text = '😀 Jane\r\nDoe said it. Ms Doe agreed, director of children’s services, Ofsted, requires improvement in January.';
    const a = analysis(text.replace('Jane\r\nDoe', 'Jane Doe'));
    a.people[0].mentions[0] = { start: 3, end: 12, text: 'Jane\r\nDoe' };
    const ann = toBratStandoff(a, text).split('\n');
    assert.strictEqual(ann[0], 'T1\tPerson 2 6;8 11\tJane Doe');
    // Every fragment's text is what brat will read from the .txt at those code-point offsets.
    const points = [...text];
    for (const line of ann.filter((l) => l.startsWith('T'))) {
      const [, where, words] = line.split('\t');
      const pieces = where.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number));
      assert.strictEqual(pieces.map(([s, e]) => points.slice(s, e).join('')).join(' '), words, line);
    }
  });

  it('declares every entity type, relation and attribute it writes', () => {
    const text = readSeed('000');
    const ann = toBratStandoff(analyzeArticle(text, '000.txt', { ...DEFAULT_OPTIONS, spelling: false }), text);
    const used = new Set(ann.split('\n').filter(Boolean).map((l) => l.split('\t')[1].split(' ')[0]).filter((t) => t !== 'AnnotatorNotes'));
    for (const t of used) assert.match(BRAT_CONF, new RegExp(`^${t}\\b`, 'm'), t);
    assert.ok(used.has('Person') && used.has('Date') && used.has('Coreference'), [...used].join(','));
    // Seed 000 spans are all on one line and in the BMP: offsets equal UTF-16 offsets.
    for (const line of ann.split('\n').filter((l) => l.startsWith('T'))) {
      const [, where, words] = line.split('\t');
      const [, s, e] = where.split(' ');
      assert.strictEqual(text.slice(Number(s), Number(e)), words);
    }
  });
});

describe('JSON export', () => {
  it('is the CLI schema: an array of analyses that parses back unchanged', () => {
    const text = 'Jane Doe said Ofsted rated it requires improvement in January.\nMs Doe agreed. director of children’s services';
    const a = analysis(text);
    const json = toJsonExport([a]);
    assert.deepStrictEqual(AnalysisOutput.parse(JSON.parse(json)), [a]);
    assert.ok(json.endsWith('}\n]\n'));
  });

  it('refuses an analysis that breaks the schema', () => {
    const a = analysis('Jane Doe Ms Doe director of children’s services Ofsted requires improvement in January');
    (a.dates[0] as { resolved: string }).resolved = 'January';
    assert.throws(() => toJsonExport([a]));
  });
});
