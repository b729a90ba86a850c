// Runs the search client's analysis (templates/static/search-analysis.js) for AnalysisEquivalenceIT.
//   node analysis.mjs SEARCH_ANALYSIS_JS words IN OUT   one line in, one line out: "exact|stem stem…" or "-"
//   node analysis.mjs SEARCH_ANALYSIS_JS text IN OUT    one line in, its words out, joined by a space
import { readFileSync, writeFileSync } from 'node:fs';
import vm from 'node:vm';

const [script, mode, input, output] = process.argv.slice(2);
const context = {};
vm.runInNewContext(readFileSync(script, 'utf8'), context);
const analysis = context.WarraqAnalysis;
const lines = readFileSync(input, 'utf8').split('\n');
if (lines[lines.length - 1] === '') lines.pop();
const out = lines.map((line) => {
  if (mode === 'text') return analysis.words(line).join(' ');
  const t = analysis.terms(line);
  return t ? `${t.exact}|${t.stems.join(' ')}` : '-';
});
writeFileSync(output, out.join('\n') + '\n');
