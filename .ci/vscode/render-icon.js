// Renders images/icon.svg to images/icon.png (128x128, transparent corners) in headless chromium.
// Run by hand after changing the SVG: node .ci/vscode/render-icon.js
const fs = require('fs');
const path = require('path');
const { launchBrowser } = require('./codeServer');

(async () => {
  const root = path.resolve(__dirname, '..', '..');
  const svg = fs.readFileSync(path.join(root, 'images', 'icon.svg'), 'utf8');
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: path.join(root, 'images', 'icon.png'), omitBackground: true });
  await browser.close();
})().catch((e) => { console.error(e); process.exit(1); });
