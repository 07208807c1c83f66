#!/usr/bin/env node
// Drives the real workbench (code-server in headless chromium) with the packaged extension installed from
// inspection-lens.vsix, as a user would: opens a seed article from the Explorer, hovers a name, opens the
// Outline, and asks for the quick fixes on a misspelling. Saves images/hover.png, images/outline.png and
// images/quickfix.png for the README, and checks what each shows ("N passed, N failed").
// Usage: npm run package && node test/vscode/screenshots.js   (needs .ci/vscode/setup.sh to have run)
const fs = require('fs');
const os = require('os');
const path = require('path');
const { startCodeServer, launchBrowser, workbenchUrl, missingPieces } = require('../../.ci/vscode/codeServer');

const ROOT = path.resolve(__dirname, '..', '..');
const VSIX = path.resolve(process.env.VSIX || path.join(ROOT, 'inspection-lens.vsix'));
const OUT = path.resolve(process.env.SHOTS_DIR || path.join(ROOT, 'images'));
const SEED = fs.readdirSync(path.join(ROOT, 'seeds')).find((f) => f.startsWith('000_'));
const ARTICLE = 'peterborough-ofsted.txt';
let passed = 0, failed = 0;

function check(name, ok, detail) {
  if (ok) passed++; else failed++;
  console.log(`${ok ? 'ok' : 'not ok'} - ${name}${ok || !detail ? '' : `: ${detail}`}`);
}

/** Screen centre of `word` inside the first editor line whose text contains `context`. */
async function wordCentre(page, context, word) {
  const line = page.locator('.monaco-editor .view-line', { hasText: context }).first();
  await line.waitFor({ timeout: 30000 });
  return line.evaluate((el, [ctx, w]) => {
    // Semantic colouring splits a line into many spans: find the word in the line's whole text,
    // then map that offset back to the text node holding it.
    const nodes = [];
    const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n; (n = walk.nextNode());) nodes.push(n);
    const text = nodes.map((n) => n.data).join('').replace(/\u00a0/g, ' ');
    let at = text.indexOf(ctx);
    if (at < 0) return null;
    at += ctx.indexOf(w);
    for (const n of nodes) {
      if (at < n.data.length) {
        const r = document.createRange();
        r.setStart(n, at);
        r.setEnd(n, Math.min(n.data.length, at + w.length));
        const b = r.getBoundingClientRect();
        return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      }
      at -= n.data.length;
    }
    return null;
  }, [context, word]);
}

async function openFromExplorer(page, name, expectText) {
  const line = page.locator('.monaco-editor .view-line', { hasText: expectText }).first();
  for (let i = 0; i < 8 && !(await line.isVisible()); i++) {
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
    if (await row.isVisible()) await row.click();
    await line.waitFor({ timeout: 5000 }).catch(() => {});
  }
  await line.waitFor({ timeout: 30000 });
}

async function main() {
  const missing = missingPieces();
  if (missing.length) throw new Error(`missing ${missing.join(', ')}: run bash .ci/vscode/setup.sh`);
  if (!fs.existsSync(VSIX)) throw new Error(`${VSIX} is missing: run npm run package`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'inspection-lens-shots-'));
  const workspace = path.join(tmp, 'articles');
  fs.mkdirSync(workspace);
  fs.copyFileSync(path.join(ROOT, 'seeds', SEED), path.join(workspace, ARTICLE));
  const server = await startCodeServer({
    vsix: VSIX,
    settings: { 'editor.wordWrap': 'on', 'editor.minimap.enabled': false, 'editor.fontSize': 14, 'workbench.colorTheme': 'Default Dark Modern',
      'editor.hover.delay': 200, 'breadcrumbs.enabled': true, 'workbench.layoutControl.enabled': false,
      'workbench.secondarySideBar.defaultVisibility': 'hidden', 'workbench.panel.defaultLocation': 'bottom' },
  });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
    await page.goto(workbenchUrl(server.base, workspace));
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    await openFromExplorer(page, ARTICLE, 'Mrs Westcott');

    // 1. Hover on a name: who she is, from the whole article.
    const status = page.locator('.statusbar-item', { hasText: /\d+ (person|people) · \d+ ratings? · \d+ findings?/ }).first();
    await status.waitFor({ timeout: 30000 }).catch(() => {});
    check('the status bar shows the article\'s counts', await status.isVisible(), 'no counts in the status bar');
    let hover = '';
    for (let i = 0; i < 15 && !/executive director/i.test(hover); i++) {
      // the word is found again each time: the editor may have scrolled or re-wrapped since the last try
      const at = await wordCentre(page, 'Mrs Westcott said', 'Westcott');
      if (i < 8) {
        await page.mouse.move(at.x - 60, at.y + 60);
        await page.mouse.move(at.x, at.y, { steps: 4 });
      } else {
        // the mouse has not raised it: put the cursor on the word and ask for the hover from the keyboard
        await page.mouse.click(at.x, at.y);
        await page.keyboard.press('Control+K');
        await page.keyboard.press('Control+I');
      }
      await page.locator('.monaco-hover').first().waitFor({ state: 'visible', timeout: 3000 }).catch(() => {});
      await page.waitForTimeout(400);
      hover = (await page.locator('.monaco-hover').allInnerTexts()).join('\n');
    }
    check('hover on "Mrs Westcott" names her role', /executive director of children.s services/i.test(hover), JSON.stringify(hover.slice(0, 300)));
    await page.screenshot({ path: path.join(OUT, 'hover.png') });
    await page.mouse.move(5, 700);
    await page.keyboard.press('Escape');

    // 2. The Outline view: Ratings, People (with every mention) and Organisations. The folder pane is
    // collapsed so the Outline has the side bar's height.
    const foldersHeader = page.locator('.pane-header', { hasText: /^articles/i }).first();
    if ((await foldersHeader.getAttribute('aria-expanded')) === 'true') await foldersHeader.click();
    const outlineHeader = page.locator('.pane-header', { hasText: /^outline$/i }).first();
    if ((await outlineHeader.getAttribute('aria-expanded')) !== 'true') await outlineHeader.click();
    const outline = page.locator('.pane', { has: outlineHeader }).locator('.pane-body');
    await outline.locator('.monaco-list-row', { hasText: /^People/ }).first().waitFor({ timeout: 15000 }).catch(() => {});
    for (const [group, open] of [['Organisations', false], ['People', true], ['Ratings', true]]) {
      const row = outline.locator('.monaco-list-row', { hasText: new RegExp(`^${group}`) }).first();
      if (!(await row.count())) continue;
      if (((await row.getAttribute('aria-expanded')) === 'true') !== open) await row.locator('.monaco-tl-twistie').click();
    }
    await page.waitForTimeout(500);
    const outlineText = (await outline.allInnerTexts().catch(() => [])).join('\n');
    check('the Outline lists Ratings and People with Sue Westcott', /Ratings/.test(outlineText) && /People/.test(outlineText) && /Westcott/.test(outlineText), JSON.stringify(outlineText.slice(0, 300)));
    await page.screenshot({ path: path.join(OUT, 'outline.png') });
    // Back to the Explorer's usual layout for the last picture.
    await outlineHeader.click();
    await foldersHeader.click();

    // 3. A misspelling, its squiggle and the quick fix menu (Ctrl+.).
    await page.keyboard.press('Control+Shift+M'); // the Problems panel, with the finding's message
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'Januray' }).first().waitFor({ timeout: 10000 }).catch(() => {});
    const problems = (await page.locator('.markers-panel').allInnerTexts().catch(() => [])).join('\n');
    check('the Problems panel lists the "Januray" finding', /Januray/.test(problems), JSON.stringify(problems.slice(0, 300)));
    // Open the finding from the Problems panel: the editor gets the focus with the cursor on the word.
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'Januray' }).first().click();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    let menu = '';
    for (let i = 0; i < 6 && !/January/.test(menu); i++) {
      await page.keyboard.press('Control+.');
      await page.locator('.action-widget').first().waitFor({ state: 'visible', timeout: 4000 }).catch(() => {});
      menu = (await page.locator('.action-widget').allInnerTexts().catch(() => [])).join('\n');
      if (!/January/.test(menu)) { await page.keyboard.press('Escape'); await page.waitForTimeout(500); }
    }
    check('Ctrl+. on "Januray" offers "January"', /January/.test(menu), JSON.stringify(menu.slice(0, 300)));
    await page.screenshot({ path: path.join(OUT, 'quickfix.png') });
  } catch (e) {
    await browser.contexts()[0]?.pages()[0]?.screenshot({ path: path.join(os.tmpdir(), 'inspection-lens-screenshot-failure.png') }).catch(() => {});
    const html = await browser.contexts()[0]?.pages()[0]?.locator('.monaco-editor .view-line').first().innerHTML().catch(() => '');
    console.error(`failure screenshot: ${path.join(os.tmpdir(), 'inspection-lens-screenshot-failure.png')}; first line: ${html?.slice(0, 300)}`);
    throw e;
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  () => { console.log(`${passed} passed, ${failed} failed`); process.exit(failed ? 1 : 0); },
  (e) => { console.error('screenshots:', e && e.stack ? e.stack : e); console.log(`${passed} passed, ${failed + 1} failed`); process.exit(1); },
);
