/*
 * Warraq search, the analysis: how text becomes search terms in the browser. A port of
 * org.warraq.search.Analysis (Java), rule for rule: the build's equivalence test runs both over the same
 * words and finds no difference; change them together (docs/search.md lists the rules). It includes a
 * port of Apache Lucene's ArabicNormalizer and its Arabic stop-word list (Apache License 2.0, Copyright
 * The Apache Software Foundation, https://lucene.apache.org/). Defines globalThis.WarraqAnalysis; no
 * dependencies; search.js uses it.
 */
(function (global) {
  'use strict';

  var MIN_STEM = 3;
  var ARTICLES = ['وبال', 'وكال', 'فبال', 'فكال', 'ولل', 'فلل', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال'];
  var PRONOUNS = ['هما', 'كما', 'هم', 'هن', 'كم', 'ها'];
  var SUFFIXES = ['ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];
  // Lucene's Arabic stop words, normalised.
  var STOP = new Set(('ا اذا الا الان التي الذي الذين الي اما ان انت انه انها او اي ايضا ب بان بعد بعض به بها ' +
    'بين بينما تكون تلك ثم جميع حتي حيث خلال ذلك ضمن علي عليه عليها عن عند عندما غير ف فان فما فهو فهي في ' +
    'فيه فيها قبل قد كان كانت كل كما لا لدي لك لكن لم لن له لها ما مع من منذ منه منها نحو هذا هذه هناك هو هي ' +
    'و وان وفي وكان وكانت وكل ولا ولم ولن وما ومن وهو وهي يكون').split(' '));
  var WORD_CHAR = /[\p{L}\p{M}\p{Nd}]/u;
  var FORMAT = /\p{Cf}/u;
  var MARK = /\p{M}/u;
  var LUCENE_DELETED = /[\u0640\u064B-\u0652]/;
  var FOLD = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ٱ': 'ا', 'ؤ': 'ء', 'ئ': 'ء', 'ک': 'ك', 'ی': 'ي', 'ە': 'ه' };

  function prepare(text) {
    return text.normalize('NFKC').toLowerCase();
  }

  function words(text) {
    var out = [];
    var word = '';
    for (var c of prepare(text)) {
      if (WORD_CHAR.test(c)) {
        word += c;
      } else if (!FORMAT.test(c) && word) {
        out.push(word);
        word = '';
      }
    }
    if (word) out.push(word);
    return out;
  }

  function normalize(word) {
    var out = '';
    for (var c of word) {
      var code = c.charCodeAt(0);
      if (code >= 0x660 && code <= 0x669) c = String(code - 0x660);
      else if (code >= 0x6F0 && code <= 0x6F9) c = String(code - 0x6F0);
      if (LUCENE_DELETED.test(c) || MARK.test(c)) continue;
      out += FOLD[c] || c;
    }
    return out;
  }

  function withoutArticle(word) {
    for (var i = 0; i < ARTICLES.length; i++) {
      if (word.startsWith(ARTICLES[i]) && word.length - ARTICLES[i].length >= 2) return word.slice(ARTICLES[i].length);
    }
    return word;
  }

  function endsWith(word, suffix) {
    return word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM;
  }

  function suffixStems(base, out) {
    var stem = base;
    for (var i = 0; i < PRONOUNS.length; i++) {
      if (endsWith(stem, PRONOUNS[i])) {
        stem = stem.slice(0, -PRONOUNS[i].length);
        break;
      }
    }
    stem = suffixes(stem);
    out.add(stem);
    if (stem.length < base.length && stem.endsWith('ت') && stem.length - 1 >= MIN_STEM) out.add(suffixes(stem.slice(0, -1)));
  }

  /** Lucene's suffix chain, twice, each suffix only when three letters stay. */
  function suffixes(word) {
    var stem = word;
    for (var pass = 0; pass < 2; pass++) {
      for (var j = 0; j < SUFFIXES.length; j++) {
        if (endsWith(stem, SUFFIXES[j])) stem = stem.slice(0, -SUFFIXES[j].length);
      }
    }
    return stem;
  }

  function stems(exact) {
    var bases = [exact];
    if ('وف'.indexOf(exact[0]) >= 0 && exact.length - 1 >= MIN_STEM) bases.push(exact.slice(1));
    for (var i = 0, n = bases.length; i < n; i++) {
      if (bases[i] && 'بلك'.indexOf(bases[i][0]) >= 0 && bases[i].length - 1 >= MIN_STEM) bases.push(bases[i].slice(1));
    }
    var set = new Set();
    bases.forEach(function (b) { suffixStems(b, set); });
    return Array.from(set).sort(compare);
  }

  /** UTF-16 order, as Java's String.compareTo. */
  function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
  }

  /** {exact, stems} of one word of words(), or null when it is not indexed. */
  function terms(word) {
    var normal = normalize(word);
    if (normal.length < 2 && !(normal.length === 1 && normal >= '0' && normal <= '9')) return null;
    if (STOP.has(normal)) return null;
    var exact = withoutArticle(normal);
    return { exact: exact, stems: stems(exact) };
  }

  global.WarraqAnalysis = {
    prepare: prepare, words: words, normalize: normalize, withoutArticle: withoutArticle, terms: terms
  };
})(globalThis);
