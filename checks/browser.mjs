// Browser checks of Warraq's built sample site (site/), in Debian's headless Chromium driven by
// playwright-core. No browser is downloaded: Chromium is /usr/bin/chromium (or $WARRAQ_CHROMIUM).
//
// For one page of each kind (home and page 2, article, tags, tag, sources, source, sections, section,
// authors, author, archive, year, month, day, 404, search with a query) of every edition (the main one at /, and
// each /<language>/ folder with its own home, 404 and search page) at 360 px and 1280 px wide:
//   - axe-core: zero violations of the WCAG 2.1 A/AA rules and of axe's best practices (landmarks,
//     skip link, heading order, one h1);
//   - the document has the edition's lang (the main edition: --lang, default ar; another: its folder's name)
//     and that language's direction (from Intl.Locale), as dir and as computed direction;
//   - at 360 px nothing scrolls sideways (scrollWidth <= clientWidth);
//   - the navigation is drawn by a font of the theme's system font stack; on Arabic pages with real Arabic
//     glyphs (no .notdef boxes) and contextual shaping (joined letters are narrower than isolated ones); no
//     web fonts;
//   - the mixed Arabic/Latin/number headline, and the one that begins with a Latin word ("iPhone 16 يصل …"),
//     keep their logical order wherever they appear, and a paragraph that begins with a Latin word ("Apple
//     أعلنت …") is drawn right to left: by where the words are drawn (Range.getBoundingClientRect), not
//     only by attributes;
//   - keyboard: the first Tab reaches the skip link, which shows and moves focus to <main>; Tab
//     reaches every link of the navigation, breadcrumbs and pagination in DOM order, each with a
//     visible focus indicator (pixels change when focused); pagination works with Enter;
//   - no request leaves localhost, no subresource fails, no script error.
// Search (checks/search.mjs): /search/?q=… lists the expected articles, for a headline word as written
// and as readers type it (hamza, ه, clitics, tashkeel, tatweel, another form, two words, a prefix while
// typing), and aria-busy ends "false", also when nothing is found.
// Screenshots go to target/browser-checks/<kind>-<width>.png, a report to report.json there.
//
// Usage: node checks/browser.mjs [--site DIR] [--out DIR] [--lang TAG]
// Without Chromium (or without `npm ci` in checks/) it skips with a message and exits 0, unless
// WARRAQ_REQUIRE_BROWSER=1, when it fails (CI sets it).

import { createServer } from 'node:http';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { searchChecks, searchTargets } from './search.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? path.resolve(args[i + 1]) : fallback;
};
const siteDir = option('--site', path.join(root, 'site'));
const outDir = option('--out', path.join(root, 'target', 'browser-checks'));
const chromiumPath = process.env.WARRAQ_CHROMIUM || '/usr/bin/chromium';
const mainLanguage = (() => {
  const i = args.indexOf('--lang');
  return i >= 0 && args[i + 1] ? args[i + 1] : 'ar';
})();
const directionOf = (tag) => {
  const locale = new Intl.Locale(tag);
  return (locale.getTextInfo ? locale.getTextInfo() : locale.textInfo).direction;
};
const required = process.env.WARRAQ_REQUIRE_BROWSER === '1';

const WIDTHS = [360, 1280];
const SCREENSHOT_KINDS = new Set(['article', 'article-latin', 'article-correction', 'home', 'section', 'author', 'tag', 'day', 'search']);
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function skipOrFail(reason) {
  if (required) {
    console.error(`browser checks: FAILED: ${reason} (WARRAQ_REQUIRE_BROWSER=1, so they may not be skipped)`);
    process.exit(1);
  }
  console.log(`browser checks: SKIPPED: ${reason}. Install Debian's chromium (apt-get install chromium ` +
    `fonts-noto-core) and run \`npm ci\` in checks/ to run them; CI runs them with WARRAQ_REQUIRE_BROWSER=1.`);
  process.exit(0);
}

if (!existsSync(chromiumPath)) skipOrFail(`no Chromium at ${chromiumPath}`);
const require = createRequire(import.meta.url);
let chromium;
let axePath;
try {
  ({ chromium } = require('playwright-core'));
  axePath = require.resolve('axe-core/axe.min.js');
} catch (e) {
  skipOrFail(`playwright-core or axe-core is not installed (run \`npm ci\` in ${here})`);
}
if (!existsSync(path.join(siteDir, 'index.html'))) {
  console.error(`browser checks: FAILED: no built site at ${siteDir}: run \`mvn -q -B package -DskipTests\` first`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------------
// A tiny static server for site/: folders serve index.html, missing paths 404.html with status 404,
// percent-encoded UTF-8 paths are decoded (article and tag URLs are Arabic).

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json', '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.avif': 'image/avif', '.ico': 'image/x-icon',
  '.woff2': 'font/woff2', '.woff': 'font/woff',
};

function startServer(dir) {
  const base = path.resolve(dir);
  const server = createServer((req, res) => {
    const send = (status, file, headers = {}) => {
      const body = file ? readFileSync(file) : Buffer.alloc(0);
      res.writeHead(status, {
        'content-type': file ? TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream' : 'text/plain',
        'content-length': body.length, 'cache-control': 'no-store', ...headers,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const notFound = () => {
      const page = path.join(base, '404.html');
      existsSync(page) ? send(404, page) : send(404, null);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, null);
    const rawPath = (req.url || '/').split(/[?#]/)[0];
    let decoded;
    try {
      decoded = decodeURIComponent(rawPath);
    } catch {
      return send(400, null);
    }
    const file = path.resolve(base, '.' + path.posix.normalize(decoded));
    if (file !== base && !file.startsWith(base + path.sep)) return notFound();
    let stat = existsSync(file) ? statSync(file) : null;
    if (stat && stat.isDirectory()) {
      if (!rawPath.endsWith('/')) return send(301, null, { location: rawPath + '/' });
      const index = path.join(file, 'index.html');
      return existsSync(index) ? send(200, index) : notFound();
    }
    return stat && stat.isFile() ? send(200, file) : notFound();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ---------------------------------------------------------------------------------------------------
// One URL per page kind, discovered from the built site.

const isDir = (p) => existsSync(p) && statSync(p).isDirectory();
const subdirs = (p) => (isDir(p) ? readdirSync(p).filter((n) => isDir(path.join(p, n))).sort() : []);
const readTitle = (file) => {
  const m = readFileSync(file, 'utf8').match(/<h1[^>]*>([\s\S]*?)<\/h1>/);
  return m ? m[1].replace(/<[^>]+>/g, '').trim() : '';
};

/**
 * The editions of the built site: the main one at the root, and every folder named like a language tag
 * that has its own home and 404 pages.
 */
function editions(site) {
  const others = subdirs(site).filter((n) => /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(n) &&
    existsSync(path.join(site, n, 'index.html')) && existsSync(path.join(site, n, '404.html')));
  return [{ folder: '', language: mainLanguage }, ...others.map((n) => ({ folder: n, language: n }))];
}

function discover(root, folder) {
  const site = folder ? path.join(root, folder) : root;
  const urlOf = (...parts) => {
    const all = [...(folder ? [folder] : []), ...parts];
    return '/' + all.map((p) => encodeURIComponent(p)).join('/') + (all.length ? '/' : '');
  };
  const years = subdirs(site).filter((n) => /^\d{4}$/.test(n));
  const months = years.flatMap((y) => subdirs(path.join(site, y)).filter((n) => /^\d{2}$/.test(n)).map((m) => [y, m]));
  const days = months.flatMap(([y, m]) => subdirs(path.join(site, y, m)).filter((n) => /^\d{2}$/.test(n)).map((d) => [y, m, d]));
  const articles = days.flatMap(([y, m, d]) => subdirs(path.join(site, y, m, d))
    .filter((s) => s !== 'page' && existsSync(path.join(site, y, m, d, s, 'index.html')))
    .map((s) => [y, m, d, s]));
  const withPage2 = (...p) => isDir(path.join(site, ...p, 'page', '2'));
  const pick = (list, prefer) => list.find(prefer) || list[0];
  // The articles whose headlines mix Arabic with Latin words and numbers, one beginning with an Arabic
  // word and one with a Latin word: the bidi checks need them.
  const titleOf = (a) => readTitle(path.join(site, ...a, 'index.html'));
  const mixed = (a) => /[A-Za-z]/.test(titleOf(a)) && /[\u0600-\u06FF]/.test(titleOf(a));
  const article = pick(articles, (a) => mixed(a) && /^[\u0600-\u06FF]/.test(titleOf(a)));
  const latinFirst = articles.find((a) => mixed(a) && /^[A-Za-z]/.test(titleOf(a)));
  const latinParagraph = latinFirst && (readFileSync(path.join(site, ...latinFirst, 'index.html'), 'utf8')
    .match(/<p>([A-Za-z][^<]*[\u0600-\u06FF][^<]*)<\/p>/) || [])[1];
  const has = (a, re) => re.test(readFileSync(path.join(site, ...a, 'index.html'), 'utf8'));
  const tableArticle = articles.find((a) => has(a, /<table/));
  const imageArticle = articles.find((a) => has(a, /<figure class="lead"/));
  const correctedArticle = articles.find((a) => has(a, /<section class="corrections"/));
  const tag = pick(subdirs(path.join(site, 'tags')), (t) => withPage2('tags', t));
  const source = pick(subdirs(path.join(site, 'sources')), (s) => withPage2('sources', s));
  const section = pick(subdirs(path.join(site, 'sections')), (s) => withPage2('sections', s));
  const author = pick(subdirs(path.join(site, 'authors')), (a) => existsSync(path.join(site, 'authors', a, 'index.html')));
  const year = pick(years, (y) => withPage2(y));
  const month = pick(months, () => true);
  const count = (d) => subdirs(path.join(site, ...d)).filter((s) => s !== 'page').length;
  const day = [...days].sort((a, b) => count(b) - count(a))[0];
  const kinds = [
    ['home', urlOf()],
    ['home-page-2', isDir(path.join(site, 'page', '2')) ? urlOf('page', '2') : undefined],
    ['article', article && urlOf(...article)],
    ['article-latin', latinFirst ? urlOf(...latinFirst) : undefined],
    // Articles with a Markdown table and footnotes, and with a lead image: more markup for axe and the
    // checker (the sample has both; other sites may not, so they are optional).
    ['article-table', tableArticle ? urlOf(...tableArticle) : undefined],
    ['article-image', imageArticle ? urlOf(...imageArticle) : undefined],
    ['article-correction', correctedArticle ? urlOf(...correctedArticle) : undefined],
    ['tags', urlOf('tags')],
    ['tag', tag && urlOf('tags', tag)],
    ['sources', urlOf('sources')],
    ['source', source && urlOf('sources', source)],
    // Sections and authors exist only on sites with those registries (the sample has both).
    ['sections', isDir(path.join(site, 'sections')) ? urlOf('sections') : undefined],
    ['section', section ? urlOf('sections', section) : undefined],
    ['authors', isDir(path.join(site, 'authors')) ? urlOf('authors') : undefined],
    ['author', author ? urlOf('authors', author) : undefined],
    ['archive', urlOf('archive')],
    ['year', year && urlOf(year)],
    ['month', month && urlOf(...month)],
    ['day', day && urlOf(...day)],
    ['404', folder ? `/${folder}/404.html` : '/404.html'],
  ];
  // The search page, with a query: the main edition's from its headlines' rarest Arabic words (checked in
  // detail by search.mjs), another edition's with the longest word of its first headline.
  const search = folder ? [] : searchTargets(site, articles);
  const word = search.length ? search[0].word
    : (articles.length ? titleOf(articles[0]).split(/\s+/).sort((a, b) => b.length - a.length)[0] : '');
  if (existsSync(path.join(site, 'search', 'index.html'))) {
    kinds.push(['search', urlOf('search') + (word ? `?q=${encodeURIComponent(word)}` : '')]);
  }
  const titles = [article, latinFirst].filter(Boolean).map((a) => titleOf(a).replace(/\s+/g, ' ').trim());
  return {
    kinds, titles, search,
    latinParagraph: latinParagraph ? latinParagraph.replace(/\s+/g, ' ').trim().split(' ').slice(0, 3).join(' ') : null,
  };
}

// ---------------------------------------------------------------------------------------------------
// Checks that run inside the page.

/** Direction, horizontal overflow and web fonts. */
function pageFacts() {
  const html = document.documentElement;
  const wide = [...document.body.querySelectorAll('*')].filter((e) => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && (r.right > html.clientWidth + 0.5 || r.left < -0.5) &&
      getComputedStyle(e).position !== 'absolute';
  }).slice(0, 5).map((e) => `${e.tagName.toLowerCase()}${e.className ? '.' + String(e.className).split(' ')[0] : ''}`);
  return {
    lang: html.getAttribute('lang'),
    dirAttr: html.getAttribute('dir'),
    direction: getComputedStyle(html).direction,
    bodyDirection: getComputedStyle(document.body).direction,
    scrollWidth: html.scrollWidth,
    clientWidth: html.clientWidth,
    overflowing: wide,
    webFonts: document.fonts.size,
    title: document.title,
    h1: document.querySelector('h1')?.textContent.trim() ?? null,
  };
}

/**
 * Arabic glyphs in the font the page uses for `selector`: each letter must differ from the font's
 * .notdef box (a private-use code point no font has) and have ink, and joined letters must be narrower
 * than isolated ones (contextual shaping). Boxes or unshaped letters fail both.
 */
function arabicGlyphs(selector) {
  const el = [...document.querySelectorAll(selector)].find((e) => /[\u0621-\u064A]/.test(e.textContent));
  if (!el) return { ok: false, letters: 0, reason: `no ${selector} with Arabic letters` };
  const cs = getComputedStyle(el);
  const font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
  const canvas = document.createElement('canvas');
  canvas.width = 96;
  canvas.height = 96;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  const draw = (text) => {
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.font = font;
    ctx.direction = 'rtl';
    ctx.textBaseline = 'middle';
    ctx.fillStyle = '#000';
    ctx.fillText(text, 80, 48);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let ink = 0;
    let signature = '';
    for (let i = 3; i < data.length; i += 4) {
      if (data[i] > 0) ink++;
      signature += data[i] > 127 ? '1' : '0';
    }
    return { ink, signature };
  };
  const notdef = draw('\u{10FFFD}');
  const letters = [...new Set([...el.textContent].filter((c) => /[\u0621-\u064A]/.test(c)))];
  const boxes = letters.filter((c) => {
    const g = draw(c);
    return g.ink === 0 || g.signature === notdef.signature;
  });
  ctx.font = font;
  const isolated = ctx.measureText('\u0628').width;
  const joined = ctx.measureText('\u0628\u0628\u0628\u0628').width;
  const ratio = joined / (4 * isolated);
  return {
    ok: letters.length > 0 && boxes.length === 0 && ratio < 0.85,
    font,
    letters: letters.length,
    boxes: boxes.join(''),
    shapingRatio: Math.round(ratio * 100) / 100,
  };
}

/**
 * Logical order of mixed-direction text: in each element whose text is `title`, consecutive words go
 * right to left (RTL paragraph), except inside a run of Latin words and numbers, which goes left to
 * right, with its characters left to right; a later word is never on an earlier line.
 */
function bidiOrder(title) {
  const norm = (s) => s.replace(/\s+/g, ' ').trim();
  const targets = [...document.querySelectorAll('h1, h2, h3, a')].filter((e) => norm(e.textContent) === title &&
    ![...e.children].some((c) => norm(c.textContent) === title));
  const results = [];
  for (const el of targets) {
    const problems = [];
    const text = el.firstChild && el.childNodes.length === 1 && el.firstChild.nodeType === 3 ? el.firstChild : null;
    if (!text) {
      results.push({ element: el.tagName.toLowerCase(), ok: false, problems: ['headline is not one text node'] });
      continue;
    }
    const direction = getComputedStyle(el).direction;
    if (direction !== 'rtl') problems.push(`computed direction is ${direction}`);
    const range = document.createRange();
    const rect = (start, end) => {
      range.setStart(text, start);
      range.setEnd(text, end);
      const rs = [...range.getClientRects()].filter((r) => r.width > 0);
      return rs.length === 1 ? rs[0] : null;
    };
    const words = [];
    const re = /\S+/g;
    let m;
    while ((m = re.exec(text.data))) {
      const latin = /^[A-Za-z0-9.,%+\-]+$/.test(m[0]) && /[A-Za-z0-9]/.test(m[0]);
      words.push({ word: m[0], start: m.index, end: m.index + m[0].length, latin, r: rect(m.index, m.index + m[0].length) });
    }
    const lineOf = (r) => Math.round(r.top + r.height / 2);
    // Latin words and numbers: characters left to right.
    for (const w of words.filter((w) => w.latin)) {
      for (let i = w.start; i + 1 < w.end; i++) {
        const a = rect(i, i + 1);
        const b = rect(i + 1, i + 2);
        if (a && b && lineOf(a) === lineOf(b) && !(b.left >= a.left - 0.5)) {
          problems.push(`"${w.word}": "${text.data[i + 1]}" is drawn left of "${text.data[i]}"`);
          break;
        }
      }
    }
    // Runs: maximal sequences of Latin words (one LTR run in an RTL paragraph) or single Arabic words.
    const runs = [];
    for (const w of words) {
      const last = runs[runs.length - 1];
      if (w.latin && last && last.latin) last.words.push(w);
      else runs.push({ latin: w.latin, words: [w] });
    }
    for (let i = 0; i < words.length - 1; i++) {
      const a = words[i];
      const b = words[i + 1];
      if (!a.r || !b.r) {
        problems.push(`no single box for "${(!a.r ? a : b).word}"`);
        continue;
      }
      if (lineOf(b.r) < lineOf(a.r) - 1) problems.push(`"${b.word}" is on a line above "${a.word}"`);
      if (lineOf(b.r) !== lineOf(a.r)) continue;
      const sameLtrRun = a.latin && b.latin;
      if (sameLtrRun && !(b.r.left >= a.r.right - 0.5)) problems.push(`"${b.word}" should be right of "${a.word}" (LTR run)`);
      if (!sameLtrRun && !(b.r.right <= a.r.left + 0.5)) {
        // Across a run boundary the next run starts left of the WHOLE previous run on this line.
        problems.push(`"${b.word}" should be left of "${a.word}" (RTL order)`);
      }
    }
    for (let k = 0; k + 1 < runs.length; k++) {
      const prev = runs[k].words.filter((w) => w.r);
      const next = runs[k + 1].words.filter((w) => w.r);
      for (const line of new Set(prev.map((w) => lineOf(w.r)))) {
        const p = prev.filter((w) => lineOf(w.r) === line);
        const n = next.filter((w) => lineOf(w.r) === line);
        if (n.length && Math.max(...n.map((w) => w.r.right)) > Math.min(...p.map((w) => w.r.left)) + 0.5) {
          problems.push(`run "${n.map((w) => w.word).join(' ')}" is not left of run "${p.map((w) => w.word).join(' ')}"`);
        }
      }
    }
    results.push({
      element: el.tagName.toLowerCase() + (el.getAttribute('dir') ? `[dir=${el.getAttribute('dir')}]` : ''),
      ok: problems.length === 0,
      lines: new Set(words.filter((w) => w.r).map((w) => lineOf(w.r))).size,
      problems,
    });
  }
  return results;
}

/**
 * A paragraph of the page that begins with a Latin word ("Apple أعلنت أن …", found by its first words
 * `start`): in a right-to-left paragraph its leading Latin run is drawn at the right, and each of the next
 * two Arabic words left of the one before it, as an Arabic reader reads them.
 */
function leadingRunOrder(start) {
  const norm = (s) => s.replace(/\s+/g, ' ').trim();
  const el = [...document.querySelectorAll('main p')].find((e) => norm(e.textContent).startsWith(start));
  if (!el) return { element: 'p', ok: false, problems: [`no paragraph beginning "${start}"`] };
  const text = el.firstChild;
  if (!text || text.nodeType !== 3) return { element: 'p', ok: false, problems: ['paragraph does not begin with text'] };
  const problems = [];
  const direction = getComputedStyle(el).direction;
  if (direction !== 'rtl') problems.push(`computed direction is ${direction}`);
  const range = document.createRange();
  const words = [];
  const re = /\S+/g;
  let m;
  while ((m = re.exec(text.data)) && words.length < 8) {
    range.setStart(text, m.index);
    range.setEnd(text, m.index + m[0].length);
    const rs = [...range.getClientRects()].filter((r) => r.width > 0);
    words.push({ word: m[0], latin: /^[A-Za-z0-9.,%+\-]+$/.test(m[0]), r: rs.length === 1 ? rs[0] : null });
  }
  const lead = [];
  while (words.length && words[0].latin) lead.push(words.shift());
  const next = words.slice(0, 2);
  if (!lead.length || next.length < 2 || next.some((w) => w.latin)) {
    return { element: 'p', ok: false, problems: [`"${start}" does not begin with Latin words followed by Arabic ones`] };
  }
  if ([...lead, ...next].some((w) => !w.r)) problems.push('a word is broken across lines');
  else {
    const leftOfLead = Math.min(...lead.map((w) => w.r.left));
    if (!(next[0].r.right <= leftOfLead + 0.5)) problems.push(`"${next[0].word}" is not left of "${lead.map((w) => w.word).join(' ')}"`);
    if (!(next[1].r.right <= next[0].r.left + 0.5)) problems.push(`"${next[1].word}" is not left of "${next[0].word}"`);
    if (Math.abs(next[0].r.top - lead[0].r.top) > 2) problems.push('the first words are not on one line');
  }
  return {
    element: 'p', ok: problems.length === 0, problems,
    drawn: [...lead, ...next].map((w) => `${w.word}@${w.r ? Math.round(w.r.left) : '?'}`).join(' '),
  };
}

/** A description of the focused element, and the facts the keyboard check needs. */
function focusFacts() {
  const e = document.activeElement;
  if (!e || e === document.body) return null;
  const cs = getComputedStyle(e);
  const r = e.getBoundingClientRect();
  const all = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')];
  return {
    index: all.indexOf(e),
    tag: e.tagName.toLowerCase(),
    text: e.textContent.replace(/\s+/g, ' ').trim().slice(0, 40),
    href: e.getAttribute('href'),
    id: e.id,
    region: e.closest('.skip-link') ? 'skip' : e.closest('.site-nav') ? 'nav' : e.closest('.languages') ? 'languages' : e.closest('.breadcrumbs') ? 'breadcrumbs'
      : e.closest('.pagination') ? 'pagination' : e.closest('.period-nav') ? 'period-nav' : e.closest('.neighbours') ? 'neighbours'
        : e.closest('main') ? 'main' : e.closest('header') ? 'header' : e.closest('footer') ? 'footer' : 'other',
    outline: `${cs.outlineStyle} ${cs.outlineWidth}`,
    hasIndicator: (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) || cs.boxShadow !== 'none',
    box: { x: r.left, y: r.top, width: r.width, height: r.height },
    inViewport: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
  };
}

/** Links that must be reachable with Tab, in DOM order. */
function keyboardTargets() {
  return [...document.querySelectorAll('.skip-link, .site-nav a, .languages a, .breadcrumbs a, .pagination a, .period-nav a, .neighbours a')]
    .map((e) => [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')].indexOf(e));
}

// ---------------------------------------------------------------------------------------------------

async function keyboardCheck(page, problems) {
  await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
  const targets = new Set(await page.evaluate(keyboardTargets));
  const focusables = await page.evaluate(() =>
    [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
      .filter((e) => e.tabIndex >= 0 && e.getClientRects().length > 0).length);
  const positive = await page.evaluate(() => [...document.querySelectorAll('[tabindex]')].filter((e) => e.tabIndex > 0).length);
  if (positive) problems.push(`${positive} elements with a positive tabindex`);
  const seen = [];
  let invisible = 0;
  let noIndicator = 0;
  for (let step = 0; step < focusables + 2 && step < 200; step++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(focusFacts);
    if (!f || (seen.length && f.index === seen[0].index)) break;
    if (step === 0 && f.region !== 'skip') problems.push(`first Tab focuses ${f.tag} "${f.text}", not the skip link`);
    if (!f.inViewport) { invisible++; problems.push(`focused ${f.region} link "${f.text}" is outside the viewport`); }
    if (!f.hasIndicator) { noIndicator++; problems.push(`focused ${f.region} link "${f.text}" has no focus indicator (${f.outline})`); }
    if (targets.has(f.index) && f.inViewport) {
      // Visible focus, in pixels: the region around the link changes when it gets keyboard focus.
      const clip = {
        x: Math.max(0, f.box.x - 8), y: Math.max(0, f.box.y - 8),
        width: Math.max(1, Math.min(f.box.width + 16, page.viewportSize().width - Math.max(0, f.box.x - 8))),
        height: Math.max(1, f.box.height + 16),
      };
      const focused = await page.screenshot({ clip, animations: 'disabled' });
      await page.evaluate(() => document.activeElement.blur());
      const blurred = await page.screenshot({ clip, animations: 'disabled' });
      await page.evaluate((i) => [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')][i].focus(), f.index);
      if (focused.equals(blurred)) problems.push(`focus on ${f.region} link "${f.text}" is not visible (no pixel changes)`);
    }
    seen.push(f);
  }
  const order = seen.map((f) => f.index);
  if (order.some((v, i) => i > 0 && v <= order[i - 1])) problems.push(`Tab order differs from DOM order: ${order.join(',')}`);
  const missed = [...targets].filter((t) => !order.includes(t));
  if (missed.length) problems.push(`${missed.length} navigation/pagination links are not reachable with Tab`);

  // The skip link: visible when focused, and Enter moves focus into <main>.
  await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
  await page.keyboard.press('Tab');
  const skip = await page.evaluate(focusFacts);
  if (skip && skip.region === 'skip') {
    await page.keyboard.press('Enter');
    const after = await page.evaluate(() => ({ active: document.activeElement?.id }));
    if (after.active !== 'main') problems.push(`skip link: Enter moved focus to "${after.active}", not <main id="main">`);
  }
  return { tabStops: seen.length, targets: targets.size, invisible, noIndicator };
}

/** Keyboard pagination: Tab to the "older" link (rel=next) and press Enter. */
async function paginationCheck(page, problems) {
  const next = await page.evaluate(() => {
    const a = document.querySelector('.pagination a[rel="next"]');
    return a ? new URL(a.getAttribute('href'), location.href).pathname : null;
  });
  if (!next) return null;
  await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const rel = await page.evaluate(() => document.activeElement?.getAttribute('rel'));
    if (rel === 'next' && (await page.evaluate(() => !!document.activeElement.closest('.pagination')))) {
      await Promise.all([page.waitForURL((u) => u.pathname === next), page.keyboard.press('Enter')]);
      // The new page says where it is: its current page link is itself, and its <h1> names the page.
      const here = await page.evaluate(() => {
        const a = document.querySelector('.pagination a[aria-current="page"]');
        return {
          current: a ? new URL(a.getAttribute('href'), location.href).pathname : null,
          label: a?.textContent.trim(),
          heading: document.querySelector('h1')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
        };
      });
      const ok = new URL(page.url()).pathname === next && here.current === next && here.heading.includes(here.label);
      if (!ok) problems.push(`pagination: Enter on "older" led to ${decodeURI(page.url())}, current page ${here.current}, heading "${here.heading}"`);
      return ok ? `p${here.label}` : null;
    }
  }
  problems.push('pagination: Tab never reached the "older" link');
  return null;
}

async function platformFonts(page, selector) {
  const client = await page.context().newCDPSession(page);
  try {
    await client.send('DOM.enable');
    await client.send('CSS.enable');
    const { root } = await client.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) return [];
    const { fonts } = await client.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((f) => ({ family: f.familyName, glyphs: f.glyphCount }));
  } finally {
    await client.detach();
  }
}

/**
 * The bidi and keyboard checks on fixtures: a correct headline passes, a headline drawn with its
 * Latin run reversed (bidi-override) or in a left-to-right paragraph fails, and links whose focus
 * outline is removed fail the visible-focus check.
 */
async function selfTests(browser, titles, paragraph) {
  const [title, latinTitle] = titles;
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const doc = (body, css = '') => `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">` +
    `<style>body{font:24px "Noto Sans Arabic","Noto Sans",sans-serif} ${css}</style></head><body>${body}</body></html>`;
  const bidiProblems = async (h1) => {
    await page.setContent(doc(h1));
    const r = await page.evaluate(bidiOrder, title);
    return r.length ? r[0].problems : ['headline not found'];
  };
  const tests = [];
  const good = await bidiProblems(`<h1>${title}</h1>`);
  tests.push({ name: 'bidi check passes a correct headline', ok: good.length === 0, detail: good.join('; ') });
  const reversed = await bidiProblems(`<h1 dir="auto" style="unicode-bidi:bidi-override">${title}</h1>`);
  tests.push({ name: 'bidi check fails a reversed Latin run', ok: reversed.length > 0, detail: reversed[0] });
  const ltr = (await bidiProblems(`<h1 style="direction:ltr">${title}</h1>`)).filter((p) => /left of|right of/.test(p));
  tests.push({ name: 'bidi check fails a left-to-right paragraph', ok: ltr.length > 0, detail: ltr[0] });
  if (latinTitle) {
    const latinProblems = async (h1) => {
      await page.setContent(doc(h1));
      const r = await page.evaluate(bidiOrder, latinTitle);
      return r.length ? r[0].problems : ['headline not found'];
    };
    const inherits = await latinProblems(`<h1>${latinTitle}</h1>`);
    tests.push({ name: 'bidi check passes a Latin-first headline in the page direction', ok: inherits.length === 0, detail: inherits.join('; ') });
    const auto = await latinProblems(`<h1 dir="auto">${latinTitle}</h1>`);
    tests.push({ name: 'bidi check fails a Latin-first headline with dir="auto"', ok: auto.length > 0, detail: auto[0] });
  }
  if (paragraph) {
    const sentence = `${paragraph} الهاتف الجديد متوفر ابتداء من اليوم لدى الموزعين`;
    const paragraphProblems = async (p) => {
      await page.setContent(doc(`<main>${p}</main>`));
      return (await page.evaluate(leadingRunOrder, paragraph)).problems;
    };
    const plain = await paragraphProblems(`<p>${sentence}</p>`);
    tests.push({ name: 'paragraph check passes a Latin-first paragraph in the page direction', ok: plain.length === 0, detail: plain.join('; ') });
    const plaintext = await paragraphProblems(`<p style="unicode-bidi:plaintext">${sentence}</p>`);
    tests.push({ name: 'paragraph check fails unicode-bidi: plaintext', ok: plaintext.length > 0, detail: plaintext[0] });
  }
  const nav = `<a class="skip-link" href="#main">انتقل إلى المحتوى</a><nav class="site-nav"><a href="#a">الرئيسية</a> ` +
    `<a href="#b">الأرشيف</a></nav><main id="main" tabindex="-1"><h1>عنوان</h1></main>`;
  const keyboard = async (css) => {
    await page.setContent(doc(nav, css));
    const problems = [];
    await keyboardCheck(page, problems);
    return problems;
  };
  const visible = await keyboard('a:focus-visible{outline:3px solid #b35900}');
  tests.push({ name: 'keyboard check passes visible focus', ok: visible.length === 0, detail: visible.join('; ') });
  const hidden = await keyboard('a:focus{outline:none}');
  tests.push({ name: 'keyboard check fails invisible focus', ok: hidden.some((p) => /focus indicator|not visible/.test(p)), detail: hidden[0] });
  await page.close();
  return tests;
}

/** Physical (left/right) CSS in the site's stylesheets: the theme uses logical properties only. */
function physicalCss(site) {
  const found = [];
  const dir = path.join(site, 'assets');
  for (const name of existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.css')) : []) {
    const css = readFileSync(path.join(dir, name), 'utf8').replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
    const re = /\b(?:margin|padding|border|inset|scroll-margin|scroll-padding)-(?:left|right)\b|(?:^|[\s;{])(?:left|right)\s*:|\b(?:float|clear|text-align)\s*:\s*(?:left|right)\b|border-(?:top|bottom)-(?:left|right)-radius/g;
    let m;
    while ((m = re.exec(css))) {
      found.push(`assets/${name}:${css.slice(0, m.index).split('\n').length}: ${m[0].trim()}`);
    }
  }
  return found;
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  const found = editions(siteDir).map((edition) => ({ ...edition, ...discover(siteDir, edition.folder) }));
  const { titles, latinParagraph, search } = found[0];
  const server = await startServer(siteDir);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
  const failures = physicalCss(siteDir).map((f) => `theme: physical CSS property, use a logical one: ${f}`);
  const rows = [];
  const report = { site: siteDir, chromium: browser.version(), editions: found.map((e) => e.language), titles, latinParagraph, pages: [] };
  try {
    for (const edition of found) for (const [baseKind, url] of edition.kinds) {
      const kind = edition.folder ? `${edition.folder}:${baseKind}` : baseKind;
      const expectedDir = directionOf(edition.language);
      const arabic = /^ar\b/.test(edition.language);
      if (url === undefined) continue;
      if (!url) {
        failures.push(`${kind}: the sample site has no page of this kind`);
        continue;
      }
      for (const width of WIDTHS) {
        const problems = [];
        const context = await browser.newContext({
          viewport: { width, height: 800 }, locale: edition.language, reducedMotion: 'reduce', serviceWorkers: 'block',
        });
        const page = await context.newPage();
        const offsite = [];
        await context.route('**/*', (route) => {
          const u = new URL(route.request().url());
          if (u.hostname === '127.0.0.1') return route.continue();
          offsite.push(u.href);
          return route.abort();
        });
        page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
        page.on('console', (m) => { if (m.type() === 'error' && !/404/.test(m.text())) problems.push(`console: ${m.text()}`); });
        page.on('response', (r) => {
          if (r.status() >= 400 && r.request().resourceType() !== 'document') problems.push(`${r.status()} for ${decodeURI(r.url())}`);
        });
        const response = await page.goto(base + url, { waitUntil: 'load' });
        const expected = baseKind === '404' ? 404 : 200;
        if (response.status() !== 200 && !(baseKind === '404' && response.status() === expected)) {
          problems.push(`HTTP ${response.status()} for ${url}`);
        }
        if (baseKind === 'search') {
          await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached', timeout: 30000 });
          // Every result leads to a page (an edition's results link from the site's root, not the edition's).
          for (const href of await page.$$eval('#search-results h2 a', (links) => links.map((a) => a.href))) {
            const r = await fetch(href);
            if (r.status !== 200) problems.push(`search result ${decodeURI(href)}: HTTP ${r.status}`);
          }
        }
        await page.evaluate(() => document.fonts.ready);

        const facts = await page.evaluate(pageFacts);
        if (facts.lang !== edition.language || facts.dirAttr !== expectedDir || facts.direction !== expectedDir ||
            facts.bodyDirection !== expectedDir) {
          problems.push(`direction: lang=${facts.lang} dir=${facts.dirAttr} computed ${facts.direction}/${facts.bodyDirection}`);
        }
        if (width === 360 && facts.scrollWidth > facts.clientWidth) {
          problems.push(`scrolls sideways at 360 px: scrollWidth ${facts.scrollWidth} > clientWidth ${facts.clientWidth}` +
            ` (wide: ${facts.overflowing.join(', ')})`);
        }
        if (facts.webFonts !== 0) problems.push(`${facts.webFonts} web fonts declared (the theme uses system fonts only)`);

        const stack = await page.evaluate(() => getComputedStyle(document.body).fontFamily
          .split(',').map((f) => f.trim().replace(/^["']|["']$/g, '').toLowerCase()));
        const navFonts = await platformFonts(page, '.site-nav a');
        const drawnBy = navFonts.map((f) => f.family);
        if (!navFonts.length || !drawnBy.every((f) => stack.includes(f.toLowerCase()))) {
          problems.push(`navigation drawn by ${drawnBy.join(', ') || 'nothing'}, not a font of the theme's stack`);
        }
        const glyphs = [];
        for (const selector of arabic ? ['h1', 'main p', '.site-nav a'] : []) {
          const g = await page.evaluate(arabicGlyphs, selector);
          if (g.letters === 0 && selector !== '.site-nav a') continue; // e.g. the <h1> "2023"

          glyphs.push(g);
          if (!g.ok) problems.push(`Arabic glyphs in ${selector}: ${JSON.stringify(g)}`);
        }

        let bidi = [];
        for (const [i, title] of (edition.folder ? [] : titles).entries()) {
          const found = await page.evaluate(bidiOrder, title);
          for (const b of found) if (!b.ok) problems.push(`bidi order of "${title}" in ${b.element}: ${b.problems.join('; ')}`);
          if (kind === ['article', 'article-latin'][i] && !found.some((b) => b.element.startsWith('h1'))) {
            problems.push(`headline "${title}" not found in <h1>`);
          }
          bidi = bidi.concat(found);
        }
        if (kind === 'article-latin' && latinParagraph && !edition.folder) {
          const p = await page.evaluate(leadingRunOrder, latinParagraph);
          if (!p.ok) problems.push(`paragraph "${latinParagraph} …": ${p.problems.join('; ')}`);
          bidi.push(p);
        }

        await page.addScriptTag({ path: axePath });
        const axe = await page.evaluate(async (tags) => {
          const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
          return {
            version: window.axe.version,
            violations: r.violations.map((v) => ({
              id: v.id, impact: v.impact, tags: v.tags.filter((t) => /^wcag|best/.test(t)), help: v.help,
              nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`),
            })),
            incomplete: r.incomplete.length,
          };
        }, AXE_TAGS);
        report.axe = axe.version;
        for (const v of axe.violations) {
          problems.push(`axe ${v.id} (${v.impact}; ${v.tags.join(' ')}): ${v.help}\n      ${v.nodes.slice(0, 5).join('\n      ')}`);
        }

        const shot = SCREENSHOT_KINDS.has(baseKind) || process.env.WARRAQ_ALL_SCREENSHOTS === '1'
          ? path.join(outDir, `${kind.replace(':', '-')}-${width}.png`) : null;
        if (shot) await page.screenshot({ path: shot, fullPage: true, animations: 'disabled' });

        const keys = await keyboardCheck(page, problems);
        const paged = await paginationCheck(page, problems);
        if (offsite.length) problems.push(`requests off localhost: ${offsite.join(', ')}`);
        await context.close();

        const ok = problems.length === 0;
        rows.push({
          kind, width, url: decodeURI(url), axe: axe.violations.length, dir: facts.direction,
          hscroll: width === 360 ? `${facts.scrollWidth}/${facts.clientWidth}` : '-',
          font: drawnBy.join('+'), shaping: glyphs.length ? Math.max(...glyphs.map((g) => g.shapingRatio)) : '-',
          bidi: bidi.length ? bidi.map((b) => (b.ok ? 'ok' : 'FAIL')).join(',') : '-',
          keys: `${keys.tabStops} stops` + (paged ? `, Enter→${paged}` : ''),
          shot: shot ? path.basename(shot) : '', ok,
        });
        report.pages.push({ kind, width, url: decodeURI(url), facts, fonts: navFonts, glyphs, bidi, axe, keyboard: keys, problems });
        for (const p of problems) failures.push(`${kind} @${width}px (${decodeURI(url)}): ${p}`);
      }
    }

    // The checks themselves must be able to fail: run them on broken fixtures, and on a good one.
    report.selfTests = await selfTests(browser,
      titles.length ? titles : ['مؤتمر GITEX Africa 2024 يجمع أكثر من 1500 شركة'], latinParagraph);
    for (const t of report.selfTests) if (!t.ok) failures.push(`self-test ${t.name}: ${t.detail}`);

    // Search: the expected articles for each query and its variants, aria-busy ending "false".
    report.search = await searchChecks(browser, base, search);
    for (const r of report.search) if (!r.ok) failures.push(`search ${r.kind} "${r.query}": ${r.detail}`);

    // The server answers a missing path with the 404 page and status 404.
    const missing = await fetch(`${base}/${encodeURIComponent('لا-توجد')}/nothing/`);
    const body = await missing.text();
    if (missing.status !== 404 || !body.includes('<h1>')) failures.push(`missing path: HTTP ${missing.status}, not the 404 page`);
  } finally {
    await browser.close();
    server.close();
  }

  const cols = ['kind', 'width', 'axe', 'dir', 'hscroll', 'font', 'shaping', 'bidi', 'keys', 'shot', 'ok'];
  const cell = (r, c) => (c === 'ok' ? (r.ok ? 'ok' : 'FAIL') : String(r[c]));
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r, c).length)));
  const line = (vals) => vals.map((v, i) => v.padEnd(widths[i])).join('  ').trimEnd();
  const table = [line(cols), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(cols.map((c) => cell(r, c))))];
  console.log(`Browser checks: Chromium ${report.chromium}, axe-core ${report.axe}, site ${siteDir}`);
  console.log(`mixed headlines: ${titles.join(' | ')}; Latin-first paragraph: ${latinParagraph}`);
  console.log(table.join('\n'));
  for (const r of report.search || []) console.log(`search: ${r.kind} "${r.query}": ${r.ok ? 'ok' : 'FAILED'} (${r.detail})`);
  for (const t of report.selfTests || []) {
    console.log(`self-test: ${t.name}: ${t.ok ? 'ok' : 'FAILED'}${t.detail ? ` (${t.detail})` : ''}`);
  }
  report.failures = failures;
  writeFileSync(path.join(outDir, 'report.json'), JSON.stringify(report, null, 2));
  if (failures.length) {
    console.log(`\n${failures.length} problems:`);
    for (const f of failures) console.log(`  ${f}`);
    console.log(`screenshots and report.json in ${outDir}`);
    const failed = rows.filter((r) => !r.ok).length;
    console.log(`browser: ${rows.length - failed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(1);
  }
  console.log(`screenshots and report.json in ${outDir}`);
  console.log(`browser: ${rows.length} passed, 0 failed`);
}

main().catch((e) => {
  console.error(`browser checks: FAILED: ${e.stack || e}`);
  process.exit(1);
});
