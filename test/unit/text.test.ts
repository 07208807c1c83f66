import * as assert from 'assert';
import { prepareText, splitSentences } from '../../server/src/analysis/text';
import { readSeed } from '../seeds';

/** Which of the lines the text pass marks as boilerplate. */
const boilerplateOf = (lines: string[]) => prepareText(lines.join('\n')).lines.map((l) => l.boilerplate);

describe('text: lines, boilerplate, sentences', () => {
  it('marks the repeated photo caption but keeps its first copy', () => {
    const a = prepareText(readSeed('003'));
    const captions = a.lines.filter((l) => l.text.startsWith("Peterborough City Council's interim"));
    assert.deepStrictEqual(captions.map((l) => l.boilerplate), [false, true]);
  });

  it('marks the subscription block at the end of a trade-press article', () => {
    const a = prepareText(readSeed('002'));
    const flagged = a.lines.filter((l) => l.boilerplate).map((l) => l.text.trim());
    for (const t of ['CYP Now Digital membership', '• Latest digital issues', 'From £15 / month', 'Subscribe', 'CYP Now Magazine']) {
      assert.ok(flagged.includes(t), `expected "${t}" to be boilerplate`);
    }
    assert.ok(!flagged.some((t) => t.startsWith('Scott has also ordered')), 'the last real paragraph is article text');
  });

  it('a site\'s menu ("News | Sport | Jobs | Subscribe") opens no block: the headline, byline and date under it are text', () => {
    const a = prepareText('CAWSBURN CHRONICLE\nNews | Sport | What\'s On | Jobs | Subscribe\n\nChildren\'s services rated good\n\n' +
      'By Robena McClurg, Education Reporter\nThursday 11 March 2027\n\nThe council was rated good.\n');
    assert.deepStrictEqual(a.lines.filter((l) => l.boilerplate).map((l) => l.text), []);
  });

  it('headlines of links after "Most read:" or "MORE FROM THE CHRONICLE", one line joined by bars, are furniture however long', () => {
    const a = prepareText('The council was rated good.\n\nMORE FROM THE CHRONICLE\nRoadworks on the Cawsburn Bridge to last until summer | Cawsburn Rovers sign new keeper\n\n' +
      'Most read: Redeburn Carnival to return in July | Planning row over Whinhaugh Road homes\n\nREAD NEXT\nThrunlaw bin collections to change from June\n');
    assert.deepStrictEqual(a.lines.filter((l) => l.text && !l.boilerplate).map((l) => l.text), ['The council was rated good.']);
  });

  it('a masthead\'s tagline ("The magazine for children\'s services leaders") opens no block: the date line under it is text', () => {
    const a = prepareText('PRACTICE LINES\nThe magazine for children\'s services leaders\n\nINTERVIEW | 14 October 2027\n\nThe council was rated good.\n');
    assert.ok(!a.lines.some((l) => l.boilerplate && l.text.includes('14 October 2027')));
    // a subscription line about the magazine still opens one
    const b = prepareText('The council was rated good.\n\nSubscribe to the magazine\nFrom £15 / month\n');
    assert.ok(b.lines.some((l) => l.boilerplate && l.text === 'From £15 / month'));
  });

  it('marks a site footer and a comment counter', () => {
    const a = prepareText(readSeed('001'));
    assert.ok(a.lines.some((l) => l.boilerplate && l.text.includes('website design by')));
    const b = prepareText(readSeed('003'));
    assert.ok(b.lines.some((l) => l.boilerplate && l.text === '0'));
    assert.ok(b.lines.some((l) => l.boilerplate && l.text === 'Have your say'));
  });

  it('does not end a sentence at a title abbreviation or an initial', () => {
    const s = splitSentences('Mr. Smith met Dr. J. Jones. They talked.', 0, 0);
    assert.deepStrictEqual(s.map((x) => x.text), ['Mr. Smith met Dr. J. Jones.', 'They talked.']);
  });

  it('splits sentences with offsets into the document', () => {
    const text = 'First line.\r\nIt said: "Yes." Then it stopped.';
    const a = prepareText(text);
    for (const s of a.sentences) assert.strictEqual(text.slice(s.start, s.end), s.text);
    assert.deepStrictEqual(a.sentences.map((s) => s.text), ['First line.', 'It said: "Yes."', 'Then it stopped.']);
  });
});

describe('text: repeated lines', () => {
  it('keeps a sentence repeated far from its first copy as article text', () => {
    const para = 'The council said the report was a fair picture of its services.';
    const text = [para, 'One.', 'Two.', 'Three.', 'Four.', para].join('\n');
    assert.deepStrictEqual(prepareText(text).lines.map((l) => l.boilerplate), [false, false, false, false, false, false]);
  });
});

describe('text: notices that are sentences', () => {
  it('marks a cookie banner, a call to subscribe and a related link, but not article sentences about them', () => {
    const lines = [
      'We use cookies to give you the best experience on our website. By continuing you agree to our use of cookies.',
      'Subscribe to the Gazette for unlimited access to news and analysis. Offer ends 31 January.',
      'Care Weekly is free for registered readers. Register now to read three more articles this month.',
      'Related: Council names new director',
      'Copyright Gazette Media Ltd 2020',
      'The council said it would subscribe to a new case management system in March.',
      'Councillors asked why the website uses cookies that track residents.',
    ];
    assert.deepStrictEqual(boilerplateOf(lines), [true, true, true, true, true, false, false]);
  });
});

describe('text: link lists', () => {
  it('"Read More" and "Related stories:" take the headline lines under them, up to the next prose', () => {
    const lines = [
      'Inspectors found social workers had more time.',
      '',
      'Read More',
      'Council to consult on closing two libraries',
      'Care home rated good after improvement',
      '',
      'The council said it would publish its plan in March.',
      'Related stories:',
      '- Ofsted finds "adequate" services in three more councils',
      'Care leavers’ council tax: which councils offer it?',
      'Ofsted: one in five councils still inadequate',
      'Comments',
    ];
    assert.deepStrictEqual(boilerplateOf(lines),
      [false, false, true, true, true, false, false, true, true, true, true, true]);
  });
});

describe('text: broadcasters\' link lists', () => {
  it('"Related Topics" and "More from ITV News" take the lines under them', () => {
    const lines = ['The council said so.', '', 'Related Topics', 'Eskdene Children Ofsted', 'More from ITV News', 'Care home rated ‘good’ after surprise visit'];
    assert.deepStrictEqual(boilerplateOf(lines), [false, false, true, true, true, true]);
  });
});

