// Measures search on a built site in headless Chromium (bench/search/run calls it).
//
//   node bench/search/measure.mjs --base URL --queries FILE --engine warraq|pagefind [--bytes N] [--out FILE]
//
// URL serves the built site (for pagefind: a copy with pagefind/ and pf.html, see bench/search/run).
// recall: for every query, the first 10 results must include the query's source article (by kind);
// time:   on a warm page, from submitting to results shown (Warraq: the client's own measure, data-ms on
//         #search-results; Pagefind: search() and data() of the first 10 results), median;
// bytes:  for the first N queries, each in a fresh browser context (empty cache): every response of the
//         search (script, WebAssembly, index, fragments; not the HTML page and its stylesheet), raw and
//         gzip-compressed as a static host would send it, median.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '../../checks/package.json'));
const { chromium } = require('playwright-core');

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const base = opt('--base');
const engine = opt('--engine', 'warraq');
const byteRuns = Number(opt('--bytes', '40'));
const queries = readFileSync(opt('--queries'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const outFile = opt('--out', null);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : null;
};
const norm = (u) => decodeURIComponent(new URL(u, base + '/').pathname).replace(/^\//, '');

const browser = await chromium.launch({ executablePath: process.env.WARRAQ_CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'] });

/** Opens the engine's page; returns a function query -> {urls, ms}. */
async function open(context, firstQuery) {
  const page = await context.newPage();
  if (engine === 'warraq') {
    await page.goto(`${base}/search/?q=${encodeURIComponent(firstQuery)}`);
    await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached', timeout: 60000 });
    const run = async (q) => {
      await page.evaluate((query) => {
        const input = document.getElementById('search-input');
        input.value = query;
        document.getElementById('search-form').requestSubmit();
      }, q);
      await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached', timeout: 60000 });
      return page.evaluate(() => ({
        urls: [...document.querySelectorAll('#search-results li h2 a')].map((a) => a.href),
        ms: Number(document.getElementById('search-results').dataset.ms),
      }));
    };
    return { page, run };
  }
  await page.goto(`${base}/pf.html`);
  await page.waitForFunction(() => window.pfReady === true, null, { timeout: 60000 });
  const run = (q) => page.evaluate(async (query) => {
    const t0 = performance.now();
    const search = await window.pagefind.search(query);
    const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
    return { urls: data.map((d) => d.url), ms: performance.now() - t0 };
  }, q);
  return { page, run };
}

// Recall and warm time: one page, every query.
const context = await browser.newContext();
const { run } = await open(context, queries[0].query);
await run(queries[0].query);
const byKind = {};
const times = [];
const misses = [];
for (const q of queries) {
  const r = await run(q.query);
  const top = r.urls.slice(0, 10).map(norm);
  const hit = top.includes(q.source);
  byKind[q.kind] ??= { n: 0, hits: 0 };
  byKind[q.kind].n++;
  if (hit) byKind[q.kind].hits++;
  else misses.push({ kind: q.kind, query: q.query, source: q.source, top: top.slice(0, 3) });
  times.push(r.ms);
}
await context.close();

// First query from an empty cache.
const bytes = [];
for (const q of queries.filter((x) => x.kind === 'exact' || x.kind === 'two-words').slice(0, byteRuns)) {
  const ctx = await browser.newContext();
  const pending = [];
  const page = await ctx.newPage();
  page.on('response', (response) => pending.push(response.body().then((body) => ({ url: response.url(), body }))
    .catch(() => null)));
  if (engine === 'warraq') {
    await page.goto(`${base}/search/?q=${encodeURIComponent(q.query)}`);
    await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached', timeout: 60000 });
  } else {
    await page.goto(`${base}/pf.html?q=${encodeURIComponent(q.query)}`);
    await page.waitForFunction(() => window.pfDone === true, null, { timeout: 60000 });
  }
  await page.waitForLoadState('networkidle');
  const responses = (await Promise.all(pending)).filter(Boolean)
    .filter((r) => !/\.(html|css)$/.test(new URL(r.url).pathname) && !new URL(r.url).pathname.endsWith('/'));
  bytes.push({
    raw: responses.reduce((s, r) => s + r.body.length, 0),
    gzip: responses.reduce((s, r) => s + zlib.gzipSync(r.body, { level: 6 }).length, 0),
    requests: responses.length,
  });
  await ctx.close();
}
await browser.close();

const total = Object.values(byKind).reduce((s, k) => ({ n: s.n + k.n, hits: s.hits + k.hits }), { n: 0, hits: 0 });
const result = {
  engine,
  queries: queries.length,
  recall: total.hits / total.n,
  byKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, { ...v, recall: v.hits / v.n }])),
  medianMs: median(times),
  firstQuery: {
    runs: bytes.length,
    medianRawBytes: median(bytes.map((b) => b.raw)),
    medianGzipBytes: median(bytes.map((b) => b.gzip)),
    medianRequests: median(bytes.map((b) => b.requests)),
  },
  misses,
};
console.log(`${engine}: recall@10 ${(100 * result.recall).toFixed(1)} % of ${total.n}; warm median ${result.medianMs?.toFixed(1)} ms; ` +
  `first query median ${result.firstQuery.medianRawBytes} B raw, ${result.firstQuery.medianGzipBytes} B gzip, ` +
  `${result.firstQuery.medianRequests} requests`);
for (const [k, v] of Object.entries(result.byKind)) console.log(`  ${k.padEnd(13)} ${v.hits}/${v.n} ${(100 * v.recall).toFixed(1)} %`);
if (outFile) writeFileSync(outFile, JSON.stringify(result, null, 1));
