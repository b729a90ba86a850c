/*
 * Warraq search, the page: reads ?q=, fetches the index pieces a query needs from /search/ (of a long
 * postings list only the parts that can still match), ranks (docs/search.md) and shows the results in
 * #search-results. Its words are the data-* attributes of #search-text (plural forms chosen with
 * Intl.PluralRules for the page's language). Needs search-analysis.js (loaded before it) for the words;
 * no other dependencies.
 */
(function () {
  'use strict';

  var analysis = globalThis.WarraqAnalysis;
  var words = analysis.words;
  var terms = analysis.terms;
  var normalize = analysis.normalize;
  var withoutArticle = analysis.withoutArticle;

  var PAGE = 10;
  var STEM = '~';
  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var DIGIT = {};
  for (var a = 0; a < ALPHABET.length; a++) DIGIT[ALPHABET[a]] = a;

  var form = document.getElementById('search-form');
  var input = document.getElementById('search-input');
  var results = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  var messages = document.getElementById('search-text');
  if (!form || !input || !results || !status || !messages) return;
  var base = form.getAttribute('data-index');
  var siteRoot = form.getAttribute('data-root');
  var text = messages.dataset;
  var plural = new Intl.PluralRules(document.documentElement.lang || 'ar');
  var cache = new Map();
  var meta = null;
  var shown = [];
  var generation = 0;

  function fetchJson(path) {
    if (!cache.has(path)) {
      cache.set(path, fetch(base + path).then(function (r) {
        if (!r.ok) throw new Error(path + ': HTTP ' + r.status);
        return r.json();
      }).catch(function (e) { cache.delete(path); throw e; }));
    }
    return cache.get(path);
  }

  function loadMeta() {
    if (!meta) {
      meta = fetchJson('index.json').then(function (m) {
        m.starts = m.s.split(' ');
        return m;
      });
    }
    return meta;
  }

  /** A term or a prefix as a file name: its code points in hex, joined by "-". */
  function hexName(s) {
    return Array.from(s, function (c) { return c.codePointAt(0).toString(16); }).join('-');
  }

  /** The index of the shard that holds `term`: the last whose start sorts at or before it. */
  function shardOf(m, term) {
    var low = 0;
    var high = m.starts.length - 1;
    while (low < high) {
      var mid = (low + high + 1) >> 1;
      if (m.starts[mid] <= term) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  function loadShard(m, shard) {
    var start = m.starts[shard];
    return fetchJson('t/' + (start ? hexName(start) : '_') + '.json');
  }

  /** Calls visit(id, flags) for each document of a postings text whose ids count from `previous`. */
  function decode(postings, previous, visit) {
    var id = previous;
    var value = 0;
    var shift = 0;
    for (var i = 0; i < postings.length; i++) {
      var d = DIGIT[postings[i]];
      value += (d & 31) * Math.pow(2, shift);
      if (d & 32) {
        shift += 5;
        continue;
      }
      id += Math.floor(value / 32);
      visit(id, value % 32);
      value = 0;
      shift = 0;
    }
  }

  function count(postings) {
    var n = 0;
    for (var i = 0; i < postings.length; i++) if (!(DIGIT[postings[i]] & 32)) n++;
    return n;
  }

  /** What to look up for each query word: its exact form, its stems, and for the last word while typing, a prefix. */
  function queryWords(query, typing) {
    var list = [];
    var raw = words(query);
    var open = typing && /[\p{L}\p{M}\p{Nd}]$/u.test(query);
    raw.forEach(function (w, i) {
      var t = terms(w);
      var last = i === raw.length - 1;
      if (!t && !(open && last)) return;
      var exact = t ? t.exact : withoutArticle(normalize(w));
      list.push({ exact: exact, stems: t ? t.stems : [], prefix: open && last && exact.length >= 2 ? exact : null });
    });
    return list;
  }

  /** The shards that may hold terms starting with `prefix` (none when more than 4). */
  function prefixShards(m, prefix) {
    var first = shardOf(m, prefix);
    var last = shardOf(m, prefix + '\uffff');
    var list = [];
    for (var i = first; i <= last && last - first < 4; i++) list.push(i);
    return list;
  }

  function own(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }

  /**
   * The index entries of a word's terms: {name, exact, value, df}, value a postings text or, for a long list,
   * the directory [range, count of part 0, count of part 1, ...] of its parts (docs/search.md).
   */
  function wordEntries(m, word) {
    var entries = [];
    function add(shard, name, exact) {
      if (!own(shard, name)) return;
      var value = shard[name];
      var df = typeof value === 'string' ? count(value) : value.slice(1).reduce(function (a, b) { return a + b; }, 0);
      entries.push({ name: name, exact: exact, value: value, df: df });
    }
    var jobs = [loadShard(m, shardOf(m, word.exact)).then(function (s) { add(s, word.exact, true); })];
    word.stems.forEach(function (stem) {
      var key = STEM + stem;
      jobs.push(loadShard(m, shardOf(m, key)).then(function (s) { add(s, key, false); }));
    });
    if (word.prefix) {
      prefixShards(m, word.prefix).forEach(function (p) {
        jobs.push(loadShard(m, p).then(function (s) {
          Object.keys(s).forEach(function (name) {
            if (name !== word.exact && name.startsWith(word.prefix)) add(s, name, false);
          });
        }));
      });
    }
    return Promise.all(jobs).then(function () {
      entries.sort(function (a, b) { return a.name < b.name ? -1 : a.name > b.name ? 1 : 0; });
      return { word: word, entries: entries, df: entries.reduce(function (a, e) { return Math.max(a, e.df); }, 0),
        size: entries.reduce(function (a, e) { return a + e.df; }, 0),
        whole: entries.every(function (e) { return typeof e.value === 'string'; }) };
    });
  }

  /**
   * A word's documents (id -> {exact, title, meta, tf}), from its entries; of a long list only the parts that hold
   * an id of `only` (a Set), or every part when `only` is null. Documents outside `only` are left out.
   */
  function documentsOf(w, only) {
    var hits = new Map();
    function visitor(exact) {
      return function (id, flags) {
        if (only && !only.has(id)) return;
        var h = hits.get(id);
        if (!h) {
          h = { exact: false, title: false, meta: false, tf: 0 };
          hits.set(id, h);
        }
        if (exact) h.exact = true;
        if (flags & 16) h.title = true;
        if (flags & 8) h.meta = true;
        h.tf = Math.max(h.tf, flags & 7);
      };
    }
    var jobs = w.entries.map(function (e) {
      if (typeof e.value === 'string') {
        decode(e.value, -1, visitor(e.exact));
        return null;
      }
      var range = e.value[0];
      var needed = null;
      if (only) {
        needed = new Set();
        only.forEach(function (id) { needed.add(Math.floor(id / range)); });
      }
      var parts = [];
      for (var k = 0; k + 1 < e.value.length; k++) {
        if (e.value[k + 1] > 0 && (!needed || needed.has(k))) parts.push(k);
      }
      return Promise.all(parts.map(function (k) {
        return fetchJson('p/' + hexName(e.name) + '.' + k + '.json').then(function (postings) { return [k, postings]; });
      })).then(function (loaded) {
        loaded.forEach(function (kp) { decode(kp[1], kp[0] * range - 1, visitor(e.exact)); });
      });
    });
    return Promise.all(jobs).then(function () { return hits; });
  }

  function intersect(sets) {
    var out = null;
    sets.forEach(function (hits) {
      var next = new Set();
      hits.forEach(function (h, id) { if (!out || out.has(id)) next.add(id); });
      out = next;
    });
    return out;
  }

  /**
   * Each word's documents. Every word must match, so the words whose lists are whole (or, when none is, the
   * word with the fewest documents) are decoded first, and of the other words' long lists only the parts
   * that hold those documents are fetched. When no document has every word, everything is fetched, for the
   * ranking by most words.
   */
  function match(list) {
    var first = list.filter(function (w) { return w.whole; });
    if (first.length === 0 && list.length) {
      first = [list.reduce(function (a, b) { return b.size < a.size ? b : a; })];
    }
    return Promise.all(first.map(function (w) { return documentsOf(w, null); })).then(function (firstHits) {
      var candidates = intersect(firstHits);
      var rest = list.filter(function (w) { return first.indexOf(w) < 0; });
      if (candidates.size === 0 && list.length > 1) return Promise.all(list.map(function (w) { return documentsOf(w, null); }));
      return Promise.all(rest.map(function (w) { return documentsOf(w, candidates); })).then(function (restHits) {
        var all = list.map(function (w) {
          var i = first.indexOf(w);
          return i >= 0 ? firstHits[i] : restHits[rest.indexOf(w)];
        });
        if (list.length > 1 && intersect(all).size === 0) return Promise.all(list.map(function (w) { return documentsOf(w, null); }));
        return all;
      });
    });
  }

  /** Ranks documents: all words (or the most), title words, exact words, weight, then the newest. */
  function rank(m, list, perWord) {
    var docs = new Map();
    perWord.forEach(function (hits, i) {
      var idf = Math.log(1 + m.n / Math.max(1, list[i].df));
      hits.forEach(function (h, id) {
        var d = docs.get(id);
        if (!d) {
          d = { id: id, words: 0, title: 0, exact: 0, weight: 0 };
          docs.set(id, d);
        }
        d.words++;
        if (h.title) d.title++;
        if (h.exact) d.exact++;
        d.weight += idf * (1 + Math.log(1 + h.tf) + (h.meta ? 0.5 : 0));
      });
    });
    var ranked = Array.from(docs.values());
    var all = ranked.filter(function (d) { return d.words === perWord.length; });
    var partial = all.length === 0 && perWord.length > 1;
    if (!partial) ranked = all;
    ranked.sort(function (x, y) {
      return y.words - x.words || y.title - x.title || y.exact - x.exact ||
        (Math.abs(y.weight - x.weight) > 1e-9 ? y.weight - x.weight : 0) || y.id - x.id;
    });
    return { list: ranked, partial: partial };
  }

  function search(query, typing) {
    var qwords = queryWords(query, typing);
    if (qwords.length === 0) return Promise.resolve({ list: [], partial: false, words: qwords });
    return loadMeta().then(function (m) {
      return Promise.all(qwords.map(function (w) { return wordEntries(m, w); })).then(function (list) {
        return match(list).then(function (perWord) {
          var r = rank(m, list, perWord);
          r.words = qwords;
          return r;
        });
      });
    });
  }

  function fragment(id) {
    return fetchJson('d/' + id + '.json');
  }

  var digits = form.getAttribute('data-digits') || '0123456789';

  /** The message `name` (data-<name>-<plural form> of #search-text) for `n`, the number in the site's digits. */
  function counted(name, n) {
    var form = plural.select(n);
    var template = text[name + form[0].toUpperCase() + form.slice(1)] || text[name + 'Other'] || '{n}';
    return template.replace('{n}', String(n).replace(/[0-9]/g, function (d) { return digits[d]; }));
  }

  /** Whether a word of the text matches one of the query words (for <mark>). */
  function matcher(queryWords) {
    var exact = new Set();
    var stemSet = new Set();
    var prefixes = [];
    queryWords.forEach(function (w) {
      exact.add(w.exact);
      w.stems.forEach(function (s) { stemSet.add(s); });
      if (w.prefix) prefixes.push(w.prefix);
    });
    return function (raw) {
      return words(raw).some(function (w) {
        var t = terms(w);
        if (!t) return false;
        return exact.has(t.exact) || t.stems.some(function (s) { return stemSet.has(s); }) ||
          prefixes.some(function (p) { return t.exact.startsWith(p); });
      });
    };
  }

  var SPLIT = /([\p{L}\p{M}\p{Nd}\p{Cf}]+)/u;

  /** Appends parts[from..to) of a split text to `parent`, the words that match in <mark>. */
  function highlight(parent, parts, from, to, hits) {
    var plain = '';
    for (var j = from; j < to; j++) {
      if (j % 2 === 1 && hits.has(j)) {
        if (plain) parent.appendChild(document.createTextNode(plain.replace(/\s+/g, ' ')));
        plain = '';
        var mark = document.createElement('mark');
        mark.textContent = parts[j];
        parent.appendChild(mark);
      } else {
        plain += parts[j];
      }
    }
    return plain;
  }

  function hitsOf(parts, matches) {
    var hits = new Set();
    for (var i = 1; i < parts.length; i += 2) if (matches(parts[i])) hits.add(i);
    return hits;
  }

  /** A window of about 30 words of `body` around the most query words, matches in <mark>. */
  function snippet(body, matches) {
    var parts = body.split(SPLIT);
    var hits = hitsOf(parts, matches);
    var list = Array.from(hits);
    var WINDOW = 60;
    var start = 0;
    var bestCount = -1;
    for (var h = 0; h < list.length; h++) {
      var count = 0;
      for (var k = h; k < list.length && list[k] - list[h] < WINDOW; k++) count++;
      if (count > bestCount) {
        bestCount = count;
        start = Math.max(0, list[h] - 16);
      }
    }
    if (start % 2 === 1) start--;
    var end = Math.min(parts.length, start + WINDOW);
    var p = document.createElement('p');
    p.className = 'search-snippet';
    p.setAttribute('dir', 'auto');
    if (start > 0) p.appendChild(document.createTextNode('… '));
    var rest = highlight(p, parts, start, end, hits);
    if (end < parts.length) rest += ' …';
    if (rest) p.appendChild(document.createTextNode(rest.replace(/\s+/g, ' ')));
    return p;
  }

  function item(doc, matches) {
    var li = document.createElement('li');
    li.className = 'search-result';
    var h = document.createElement('h2');
    var link = document.createElement('a');
    link.href = siteRoot + doc.u;
    var title = doc.t.split(SPLIT);
    var rest = highlight(link, title, 0, title.length, hitsOf(title, matches));
    if (rest) link.appendChild(document.createTextNode(rest));
    link.setAttribute('dir', 'auto');
    h.appendChild(link);
    li.appendChild(h);
    var facts = document.createElement('p');
    facts.className = 'meta';
    var time = document.createElement('time');
    time.dateTime = doc.i;
    time.textContent = doc.d;
    facts.appendChild(time);
    [doc.s, doc.a && doc.a.join(text.separator || ', ')].forEach(function (fact) {
      if (!fact) return;
      facts.appendChild(document.createTextNode(' · '));
      var span = document.createElement('span');
      span.setAttribute('dir', 'auto');
      span.textContent = fact;
      facts.appendChild(span);
    });
    li.appendChild(facts);
    var body = doc.x && matches(doc.x) ? doc.x : (doc.m || doc.x || '');
    li.appendChild(snippet(body, matches));
    return li;
  }

  function showMore(state, list, matches, gen) {
    var next = state.list.slice(shown.length, shown.length + PAGE);
    return Promise.all(next.map(function (d) { return fragment(d.id); })).then(function (docs) {
      if (gen !== generation) return;
      docs.forEach(function (doc, i) {
        shown.push(next[i]);
        list.appendChild(item(doc, matches));
      });
    });
  }

  function render(state, gen, query) {
    results.textContent = '';
    shown = [];
    var total = state.list.length;
    var message = total === 0 ? text.none : counted(state.partial ? 'partial' : 'count', total);
    if (!query.trim()) message = '';
    var list = document.createElement('ol');
    list.className = 'search-list';
    var matches = matcher(state.words);
    return showMore(state, list, matches, gen).then(function () {
      if (gen !== generation) return;
      if (total > 0) results.appendChild(list);
      if (total > shown.length) {
        var more = document.createElement('button');
        more.type = 'button';
        more.className = 'search-more';
        more.textContent = text.more;
        more.addEventListener('click', function () {
          var first = shown.length;
          results.setAttribute('aria-busy', 'true');
          showMore(state, list, matches, gen).then(function () {
            results.setAttribute('aria-busy', 'false');
            if (total <= shown.length) more.remove();
            var link = list.children[first] && list.children[first].querySelector('a');
            if (link) link.focus();
          });
        });
        results.appendChild(more);
      }
      status.textContent = message;
    });
  }

  function run(query, typing) {
    var gen = ++generation;
    results.setAttribute('aria-busy', 'true');
    var started = performance.now();
    return search(query, typing).then(function (state) {
      if (gen !== generation) return;
      return render(state, gen, query);
    }).catch(function () {
      if (gen !== generation) return;
      results.textContent = '';
      status.textContent = text.error;
    }).then(function () {
      if (gen !== generation) return;
      results.setAttribute('aria-busy', 'false');
      results.setAttribute('data-ms', String(Math.round(performance.now() - started)));
    });
  }

  function setUrl(query) {
    var url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  }

  var timer = 0;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      setUrl(input.value);
      run(input.value, true);
    }, 120);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    setUrl(input.value);
    run(input.value, false);
  });
  var initial = new URLSearchParams(location.search).get('q') || '';
  input.value = initial;
  run(initial, false);
})();
