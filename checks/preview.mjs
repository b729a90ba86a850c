// The preview's live reload and problem overlay in a real browser, on an article whose raw HTML tries to
// switch them off by DOM clobbering: elements whose id or name shadows what the script reads
// (<div id="__warraqLive">, <form name="createElement">, <img name="body">...). Debian's headless Chromium
// driven by playwright-core, as browser.mjs; `warraq serve` from target/warraq.jar on a temporary site.
//
// For the clobbering article and for a plain one: open the page; save a broken file: the overlay must show
// the problem; remove it: the overlay must go; change the article's text: the page must reload by itself
// and show it. No script error may happen on the page.
//
// Usage: node checks/preview.mjs [--jar target/warraq.jar]
// Skips (exit 0) without Chromium or `npm ci` in checks/, unless WARRAQ_REQUIRE_BROWSER=1.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const args = process.argv.slice(2);
const jarArg = args.indexOf('--jar');
const jar = path.resolve(jarArg >= 0 ? args[jarArg + 1] : path.join(root, 'target', 'warraq.jar'));
const chromiumPath = process.env.WARRAQ_CHROMIUM || '/usr/bin/chromium';
const required = process.env.WARRAQ_REQUIRE_BROWSER === '1';
const WAIT = 15000;

function skipOrFail(reason) {
  if (required) {
    console.error(`preview checks: FAILED: ${reason}`);
    process.exit(1);
  }
  console.log(`preview checks: SKIPPED: ${reason}`);
  process.exit(0);
}

if (!existsSync(chromiumPath)) skipOrFail(`no Chromium at ${chromiumPath}`);
if (!existsSync(jar)) skipOrFail(`no ${jar}: run \`mvn -q -B package -DskipTests\` first`);
let chromium;
try {
  ({ chromium } = createRequire(import.meta.url)('playwright-core'));
} catch (e) {
  skipOrFail(`playwright-core is not installed (run \`npm ci\` in ${here})`);
}

const CLOBBERING = [
  '<div id="__warraqLive">x</div>',
  '<div id="addEventListener">x</div>',
  '<div id="EventSource">x</div>',
  '<form name="createElement"></form>',
  '<form name="currentScript"></form>',
  '<form name="documentElement"></form>',
  '<img name="body" alt="">',
  '<img name="hidden" alt="">',
  '<img name="readyState" alt="">',
  '<embed name="addEventListener">',
].join('\n');

function article(title, body) {
  return `---\ntitle: ${title}\ndate: 2024-01-10T10:00:00+01:00\nslug: ${title}\n---\n${body}\n`;
}

const site = mkdtempSync(path.join(os.tmpdir(), 'warraq-preview-check-'));
writeFileSync(path.join(site, 'site.yaml'), 'title: معاينة\nbase_url: https://example.org/\nraw_html: trust\n');
mkdirSync(path.join(site, 'content'));
writeFileSync(path.join(site, 'content', 'clobber.md'), article('clobber', `نص أول\n\n${CLOBBERING}\n`));
writeFileSync(path.join(site, 'content', 'plain.md'), article('plain', 'نص أول'));

const serve = spawn('java', ['-jar', jar, 'serve', '--root', site, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
let output = '';
const url = await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error(`warraq serve did not start:\n${output}`)), 60000);
  const read = (chunk) => {
    output += chunk;
    const m = output.match(/serving (http:\/\/\S+)/);
    if (m) {
      clearTimeout(timer);
      resolve(m[1]);
    }
  };
  serve.stdout.on('data', read);
  serve.stderr.on('data', read);
  serve.on('exit', (code) => reject(new Error(`warraq serve exited (${code}):\n${output}`)));
});

const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
const failures = [];
try {
  for (const name of ['clobber', 'plain']) {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const check = async (what, action) => {
      try {
        await action();
      } catch (e) {
        failures.push(`${name}: ${what}: ${String(e).split('\n')[0]}`);
      }
    };
    await page.goto(`${url}2024/01/10/${name}/`);
    await page.waitForTimeout(1500); // the event stream connects
    await check('the overlay shows a broken save', async () => {
      writeFileSync(path.join(site, 'content', 'broken.md'), '---\ndate: 2024-01-10\n---\nنص\n');
      await page.waitForSelector('warraq-overlay', { state: 'attached', timeout: WAIT });
    });
    await check('the overlay goes when the save is fixed', async () => {
      unlinkSync(path.join(site, 'content', 'broken.md'));
      await page.waitForSelector('warraq-overlay', { state: 'detached', timeout: WAIT });
    });
    await check('the page reloads with the new text', async () => {
      const body = name === 'clobber' ? `نص ثان\n\n${CLOBBERING}\n` : 'نص ثان';
      writeFileSync(path.join(site, 'content', `${name}.md`), article(name, body));
      await page.waitForFunction(() => document.querySelector('main').textContent.includes('نص ثان'), null,
        { timeout: WAIT });
    });
    if (errors.length) failures.push(`${name}: script errors: ${errors.join('; ')}`);
    await page.close();
  }
} finally {
  await browser.close();
  serve.kill();
  rmSync(site, { recursive: true, force: true });
}
if (failures.length) {
  console.error(`preview checks: FAILED\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('preview checks: live reload and the problem overlay work on a page that clobbers the DOM');
