import * as assert from 'node:assert';
import { checkSpelling, isDictionaryLoaded, preloadDictionary } from '../../server/src/analysis/spelling';
import { findDictionaryFolder } from '../../server/src/analysis/dictionary';
import { britishFormOf } from '../../server/src/analysis/usSpellings';
import { misspeltCalendarName } from '../../server/src/analysis/nearMiss';
import { AnalysisOptions, DEFAULT_OPTIONS } from '../../server/src/analysis/options';
import { Diagnostic, Organisation, Person } from '../../server/src/analysis/schema';
import { prepareText } from '../../server/src/analysis/text';
import { readSeed, seedNames, spanOf } from '../seeds';

const NONE = { people: [] as Person[], organisations: [] as Organisation[] };

function check(text: string, known = NONE, options: Partial<AnalysisOptions> = {}): Diagnostic[] {
  return checkSpelling(prepareText(text), known, { ...DEFAULT_OPTIONS, ...options });
}

function flagged(text: string, known = NONE, options: Partial<AnalysisOptions> = {}): string[] {
  return check(text, known, options).map((d) => `${d.code}:${d.text}`);
}

describe('spelling', function () {
  this.timeout(10000);

  before(async () => {
    await preloadDictionary();
    assert.ok(isDictionaryLoaded());
  });

  it('finds the dictionary files', () => {
    assert.match(findDictionaryFolder(), /dictionar/);
  });

  it('flags "Januray" in seed 000 with "January" first', () => {
    const text = readSeed('000');
    const diags = check(text).filter((d) => d.text === 'Januray');
    assert.strictEqual(diags.length, 1);
    const d = diags[0];
    assert.deepStrictEqual({ start: d.start, end: d.end }, spanOf(text, 'Januray'));
    assert.strictEqual(text.slice(d.start, d.end), d.text);
    assert.strictEqual(d.code, 'spelling');
    assert.strictEqual(d.severity, 'warning');
    assert.strictEqual(d.suggestions?.[0], 'January');
    assert.strictEqual(d.message, '"Januray" is not in the British English dictionary. Did you mean "January"?');
  });

  it('raises nothing else on the five seeds, even without the names the article establishes', () => {
    const others = seedNames().flatMap((f) => check(readSeed(f)).filter((d) => d.text !== 'Januray').map((d) => `${f}:${d.text}`));
    assert.deepStrictEqual(others, []);
  });

  it('accepts a common prefix before a dictionary word, not a misspelling that merely starts like one', () => {
    assert.deepStrictEqual(flagged('The unallocated cases were reinspected by overstretched teams.'), []);
    assert.deepStrictEqual(flagged('Staff did not recieve the unnecesary forms.'), ['spelling:recieve', 'spelling:unnecesary']);
  });

  it('accepts an "-ise" verb made from a dictionary word, and "de-"/"up-" before one, but not a slip in either', () => {
    assert.deepStrictEqual(flagged('Councillors read anonymised case files; bonuses incentivise staff; the plan was operationalised, ' +
      'deprioritised, then upscaled; the criminalisation of children; the home was deregistered; an eco award.'), []);
    assert.deepStrictEqual(flagged('Councillors read anonymsed case files and the home was deregistred.'), ['spelling:anonymsed', 'spelling:deregistred']);
  });

  it('flags a misspelt common word with the fix first, at most five suggestions', () => {
    const [d] = check('The council recieved the report.');
    assert.strictEqual(d.text, 'recieved');
    assert.strictEqual(d.suggestions?.[0], 'received');
    assert.ok((d.suggestions?.length ?? 0) <= 5);
  });

  it('flags misspelt months and weekdays even though they are capitalised', () => {
    assert.deepStrictEqual(flagged('Inspectors came on Tuesdy and again in Feburary 2019.'), ['spelling:Tuesdy', 'spelling:Feburary']);
    assert.strictEqual(check('It ended in Setpember.')[0].suggestions?.[0], 'September');
    assert.strictEqual(misspeltCalendarName('Munday'), 'Monday');
    assert.strictEqual(misspeltCalendarName('Mayor'), null);
  });

  it('leaves place, product and body names alone, even one edit from a common word', () => {
    assert.deepStrictEqual(flagged('Inspectors visited Stockport, Tameside and Rotherham, and the new Liquidlogic system went live.'), []);
    assert.deepStrictEqual(flagged('Tameside was praised. Officials in Tameside agreed.'), []);
  });

  it('flags a capitalised misspelling of a title word or a swap of letters', () => {
    assert.deepStrictEqual(flagged('He told the Goverment that the Servcies were safe.'), ['spelling:Goverment', 'spelling:Servcies']);
    assert.deepStrictEqual(flagged('Inspecters said the work was good.'), ['spelling:Inspecters']);
  });

  it('accepts the names of known people and organisations, lower-cased and possessive too', () => {
    const known = {
      people: [{ name: 'Jo Smithe', aliases: ['Smithe'], roles: [], mentions: [] }],
      organisations: [{ name: 'Wibblecombe Trust', mentions: [] }],
    };
    const text = 'Mrs Smithe spoke to Wibblecombe Trust. smithe’s plan and wibblecombe’s support were welcome.';
    assert.deepStrictEqual(flagged(text, known), []);
    assert.deepStrictEqual(flagged(text), ['spelling:smithe’s', 'spelling:wibblecombe’s']);
  });

  it('reports US spellings as information with the British form, only when asked', () => {
    const text = 'The organization will analyze the color of the center and the labor program.';
    const diags = check(text);
    assert.deepStrictEqual(diags.map((d) => [d.code, d.severity, d.text, d.suggestions?.[0]]), [
      ['us-spelling', 'information', 'organization', 'organisation'],
      ['us-spelling', 'information', 'analyze', 'analyse'],
      ['us-spelling', 'information', 'color', 'colour'],
      ['us-spelling', 'information', 'center', 'centre'],
      ['us-spelling', 'information', 'labor', 'labour'],
      ['us-spelling', 'information', 'program', 'programme'],
    ]);
    assert.deepStrictEqual(flagged(text, NONE, { usSpellings: false }), []);
  });

  it('"program" is the US spelling outside computing; "It" opening a sentence is not "IT"', () => {
    assert.deepStrictEqual(check('It has set aside £600,000 for a leadership program for new team managers.').map((d) => [d.code, d.text, d.suggestions?.[0]]),
      [['us-spelling', 'program', 'programme']]);
    assert.deepStrictEqual(check('The IT team wrote a program to fix the records.'), []);
  });

  it('"skillful" and "willful" are the US forms of "skilful" and "wilful", not misspellings', () => {
    assert.deepStrictEqual(check('Staff were skillful and never willful.').map((d) => [d.code, d.text, d.suggestions?.[0]]),
      [['us-spelling', 'skillful', 'skilful'], ['us-spelling', 'willful', 'wilful']]);
  });

  it('"centered" and "centering" are the US forms of "centred" and "centring"; "entered" and "metered" are British', () => {
    assert.deepStrictEqual(check('Practice was centered on the child, centering its voice. She entered the metered car park.').map((d) => [d.code, d.text, d.suggestions?.[0]]),
      [['us-spelling', 'centered', 'centred'], ['us-spelling', 'centering', 'centring']]);
  });

  it('"license" the noun, after a determiner or a possessive, is the US spelling of "licence"; the verb is British', () => {
    assert.deepStrictEqual(flagged("The home's license was suspended. Its licenses lapsed. Ofsted may license the home again. It was licensed."),
      ['us-spelling:license', 'us-spelling:licenses']);
  });

  it('keeps "program" for software and US spellings inside names', () => {
    assert.deepStrictEqual(flagged('The computer program crashed.'), []);
    assert.deepStrictEqual(flagged('Officials from the World Health Organization came.'), []);
    assert.deepStrictEqual(flagged('Organization matters.'), ['us-spelling:Organization']);
    assert.strictEqual(britishFormOf('Behavior', () => true), null);
    const accepts = (w: string) => ['behaviour', 'travelled', 'paediatric', 'catalogue'].includes(w);
    assert.deepStrictEqual(['behavior', 'traveled', 'pediatric', 'catalog'].map((w) => britishFormOf(w, accepts)), ['behaviour', 'travelled', 'paediatric', 'catalogue']);
  });

  it('accepts user words case-insensitively', () => {
    assert.deepStrictEqual(flagged('The flibbertyjib went.'), ['spelling:flibbertyjib']);
    assert.deepStrictEqual(flagged('The flibbertyjib went.', NONE, { words: ['Flibbertyjib'] }), []);
  });

  it('accepts compounds, possessives, contractions, numbers, addresses and acronyms', () => {
    const text =
      'The self-assessment, co-ordinator, pre-birth, five-year- old and over-establishment work for 16 and 17-year-olds. I’ve seen it; I\'m sure. ' +
      'The councillors’ group, Ofsted’s team, the LADO, CAMHS, SENCO, DfE and GPs met at 10am on the 5th for a 10-day review costing £1,250 in 2011. ' +
      'Write to press@council.gov.uk or see www.example.co.uk and https://example.org/some-pagez. ' +
      'Cllr Jones and Clr Smith discussed caseloads, safeguarding and wellbeing. SIGNIFICANT progress, said MALCOLM.';
    assert.deepStrictEqual(flagged(text), []);
  });

  it('accepts the words of Parliament\'s record, at the head of a line too', () => {
    assert.deepStrictEqual(flagged('Hansard\n\nIt is a pleasure to serve under your chairship. Two backbenchers and a frontbencher spoke. The union convenor replied.'), []);
  });

  it('accepts a newsroom\'s names for what it publishes, as a section label too, but not a slip in one', () => {
    assert.deepStrictEqual(flagged('Explainer\n\nThis explainer sits behind a paywall; its standfirst was written by a subeditor.'), []);
    assert.deepStrictEqual(flagged('This explainr sits behind a paywall.'), ['spelling:explainr']);
  });

  it('a part after the hyphen of a capitalised name ("Ho Ka-wai") is the name\'s; a slip after a word that starts a compound is not', () => {
    assert.deepStrictEqual(flagged('Foster carer Ho Ka-wai said the chalk downland walks helped.'), []);
    assert.deepStrictEqual(flagged('Self-asessment was late.'), ['spelling:asessment']);
  });

  it('accepts "queueing" beside "queuing", as British dictionaries do, but not a slip in it', () => {
    assert.deepStrictEqual(flagged('Families were queueing at the door; others were queuing online.'), []);
    assert.deepStrictEqual(flagged('Families were queeing at the door.'), ['spelling:queeing']);
  });

  it('a plural "s" is accepted only at the end of a compound whose last part is a word', () => {
    assert.deepStrictEqual(flagged('Help for 17-year-oldz and stand-ins, but not recieveds.'), ['spelling:oldz', 'spelling:recieveds']);
  });

  it('judges a long shouted word as the word it spells', () => {
    assert.deepStrictEqual(flagged('SIGNIFCANT progress was made.'), ['spelling:SIGNIFCANT']);
    assert.strictEqual(check('SIGNIFCANT progress was made.')[0].suggestions?.[0], 'SIGNIFICANT');
  });

  it('skips boilerplate lines', () => {
    const text = 'Subscribe\nThe report was recieved.\nSubscribe to our magazine for mispelings galore\n';
    const diags = check(text);
    assert.deepStrictEqual(diags.map((d) => d.text), ['recieved']);
  });

  it('checks a megabyte of seed text quickly once loaded', () => {
    const all = seedNames().map(readSeed).join('\n');
    let big = '';
    while (big.length < 1_000_000) big += all + '\n';
    const article = prepareText(big);
    checkSpelling(article, NONE, DEFAULT_OPTIONS);
    const t0 = process.hrtime.bigint();
    const diags = checkSpelling(article, NONE, DEFAULT_OPTIONS);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    assert.ok(diags.length > 40 && diags.every((d) => d.text === 'Januray'));
    assert.ok(ms < 400, `took ${ms} ms`);
  });

  it('stays linear on runs of spaces, quotes, hyphens and unknown capitalised words', () => {
    const unknown = Array.from({ length: 5000 }, (_, i) => `Qz${i.toString(36).replace(/\d/g, 'k')}x`).join(' ');
    const text = `${' '.repeat(100000)}${"'’".repeat(50000)} ${'-'.repeat(100000)} ${unknown}`;
    const t0 = Date.now();
    check(text);
    assert.ok(Date.now() - t0 < 3000);
  });
});

describe('spelling allowances are counted in words, not time', function () {
  this.timeout(30_000);
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { analyzeArticle } = require('../../server/src/analysis/analyze');
  const gibberish = (seed: string) => Array.from({ length: 300 }, (_, i) => `vz${seed}${i.toString(36).replace(/\d/g, 'q')}kt`).join(' ');

  it('gives the same findings for the same text whatever was checked before', () => {
    const text = `The council said ${gibberish('a')} today, and Januray was cold.`;
    const first = analyzeArticle(text).diagnostics;
    analyzeArticle(`Another text: ${gibberish('b')} ${gibberish('a')}.`);
    assert.deepStrictEqual(analyzeArticle(text).diagnostics, first);
  });

  it('gives a token longer than any word no suggestions, quickly', () => {
    const text = `The council said ${'x'.repeat(20000)} today.`;
    const d = analyzeArticle(text).diagnostics.filter((x: any) => x.code === 'spelling');
    assert.deepStrictEqual(d.map((x: any) => [x.end - x.start, x.suggestions]), [[20000, []]]);
  });
});

describe('a misspelt title taken for part of a name', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { analyzeArticle } = require('../../server/src/analysis/analyze');
  it('flags "Counciller" before a surname, but not a real name', () => {
    const text = 'Councillor Ann Rowe chairs the panel. Later Counciller Rowe said the plan was sound. Jane Minster agreed.';
    const found = analyzeArticle(text).diagnostics.filter((d: any) => d.code === 'spelling');
    assert.deepStrictEqual(found.map((d: any) => [d.text, d.suggestions[0]]), [['Counciller', 'Councillor']]);
  });
});

describe('spelling: what the grades rate is a name', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { analyzeArticle } = require('../../server/src/analysis/analyze');
  const spelling = (t: string) => analyzeArticle(t).diagnostics.filter((d: { code: string }) => d.code === 'spelling').map((d: { text: string }) => d.text);
  it('"Kittering, judged inadequate in 2016" makes "Kittering" (and "Kittering\'s") a name; an unrated misspelling is still found', () => {
    assert.deepStrictEqual(spelling("Grades\n\n- Kittering: requires improvement to be good\n- Marlcombe: good\n\nKittering's former director left. Kittering, judged inadequate in 2016, improved."), []);
    assert.deepStrictEqual(spelling('Ofsted rated Kittering inadequate in 2016. Kittering then improved its accomodation.'), ['accomodation']);
    assert.deepStrictEqual(spelling('Kittering then improved its accomodation.'), ['Kittering', 'accomodation']);
  });
});

describe('spelling: one slow suggestion search per check', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { analyzeArticle } = require('../../server/src/analysis/analyze');
  it('the first word no one-letter edit fixes gets nspell\'s suggestions; a second is flagged without them; one-edit slips keep theirs', () => {
    const ds = analyzeArticle('The jnoh came, and the recieevd went, and the goverment met.').diagnostics.filter((d: { code: string }) => d.code === 'spelling');
    assert.deepStrictEqual(ds.map((d: { text: string; suggestions?: string[] }) => [d.text, (d.suggestions ?? []).length > 0]),
      [['jnoh', true], ['recieevd', false], ['goverment', true]]);
  });
});
