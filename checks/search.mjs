// Search checks for checks/browser.mjs: /search/?q=… on the built site lists the expected articles in
// #search-results, for a word of their headline as written and as readers also type it (without hamza,
// with ه for ة, with clitics, tashkeel, tatweel, another form, two words, a prefix while typing), and
// aria-busy ends "false", also when nothing is found. The words are picked from the site itself: for a few
// articles, the headline word of five letters or more that the fewest pages contain.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ARABIC_WORD = /[\u0621-\u064A]{5,}/g;

/** Up to `n` articles ([url, title, word]) with a rare headline word, from discovered article folders. */
export function searchTargets(site, articles, n = 3) {
  const pages = articles.map((a) => ({ url: '/' + a.map(encodeURIComponent).join('/') + '/',
    html: readFileSync(path.join(site, ...a, 'index.html'), 'utf8') }));
  const targets = [];
  for (const page of pages) {
    const title = (page.html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/) || [])[1]?.replace(/<[^>]+>/g, '').trim() ?? '';
    const words = [...new Set(title.match(ARABIC_WORD) || [])];
    const rarity = (w) => pages.filter((p) => p.html.includes(w)).length;
    const word = words.sort((a, b) => rarity(a) - rarity(b) || a.localeCompare(b))[0];
    if (word && rarity(word) <= 3) targets.push({ url: page.url, title, word, second: words.find((w) => w !== word) });
    if (targets.length === n) break;
  }
  return targets;
}

function variants(t) {
  const w = t.word;
  const bare = w.replace(/^(وال|بال|لل|ال)/, '');
  const list = [
    ['as written', w],
    ['no hamza', w.replace(/[أإآ]/g, 'ا')],
    ['ه for ة', w.replace(/ة$/, 'ه')],
    ['clitic و', 'و' + w],
    ['clitic بال', 'بال' + bare],
    ['tashkeel', [...w].map((c, i) => (i % 2 ? c : c + '\u064E')).join('')],
    ['tatweel', w.slice(0, 2) + '\u0640' + w.slice(2)],
    ['another form', bare.endsWith('ة') ? bare.slice(0, -1) + 'ات' : bare + 'ين'],
  ];
  if (t.second) list.push(['two words', `${t.second} ${w}`]);
  return list.filter(([, q], i) => i === 0 || q !== w);
}

async function results(page) {
  await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached', timeout: 30000 });
  return page.evaluate(() => ({
    urls: [...document.querySelectorAll('#search-results li h2 a')].map((a) => new URL(a.href).pathname),
    marks: document.querySelectorAll('#search-results mark').length,
    status: document.getElementById('search-status').textContent.trim(),
  }));
}

/** Runs the queries; returns rows {query, kind, ok, detail}. */
export async function searchChecks(browser, base, targets) {
  const rows = [];
  const context = await browser.newContext({ locale: 'ar', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (targets.length === 0) rows.push({ kind: 'targets', query: '', ok: false, detail: 'no article with a rare headline word' });
  for (const t of targets) {
    for (const [kind, query] of variants(t)) {
      await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
      const r = await results(page);
      const rank = r.urls.indexOf(t.url);
      rows.push({ kind, query, ok: rank >= 0 && r.marks > 0 && r.status !== '',
        detail: rank >= 0 ? `#${rank + 1} of ${r.urls.length}, ${r.marks} marks, "${r.status}"` : `not in ${r.urls.length} results` });
    }
    // Typing: the last word matches as a prefix before it is complete.
    await page.goto(`${base}/search/`);
    await results(page);
    await page.locator('#search-input').pressSequentially(t.word.slice(0, Math.max(3, t.word.length - 2)), { delay: 20 });
    await page.waitForFunction(() => document.getElementById('search-results').getAttribute('aria-busy') === 'false' &&
      new URL(location.href).searchParams.get('q'), null, { timeout: 30000 });
    await page.waitForTimeout(300);
    const typed = await results(page);
    rows.push({ kind: 'typing a prefix', query: await page.inputValue('#search-input'), ok: typed.urls.includes(t.url),
      detail: `${typed.urls.length} results` });
  }
  await page.goto(`${base}/search/?q=${encodeURIComponent('كلمةلاتوجدفيالموقع')}`);
  const none = await results(page);
  rows.push({ kind: 'nothing found', query: 'كلمةلاتوجدفيالموقع', ok: none.urls.length === 0 && none.status !== '',
    detail: `"${none.status}", aria-busy false` });
  if (errors.length) rows.push({ kind: 'script errors', query: '', ok: false, detail: errors.join('; ') });
  await context.close();
  return rows;
}
