#!/usr/bin/env python3
"""Variant queries for measuring search recall on a built Warraq site (bench/search/run).

    queries.py SITE_DIR OUT.jsonl [--sample N] [--seed S]

Reads every article page of SITE_DIR (YYYY/MM/DD/slug/index.html: the <h1> and the text of
<div class="body">), picks N articles at random (fixed seed), and for each takes distinctive words of its
title (rare in the site, four letters or more, Arabic) and writes queries a reader might type for them,
one JSON object a line: {"kind", "query", "word", "source", "expected"}: source is the article's URL path,
which a hit must list in its first 10 results; expected are all articles that contain the word (ten at
most, as the words are picked rare; a synthetic corpus may have no rare words, when its rarest title
words are taken: then recall means little, but bytes and time still do).

Kinds (only where the word allows it):
  exact      the word as written in the title
  hamza      أ إ آ written as ا, or ا at the start written as أ
  ta-marbuta final ة written as ه
  alef-maqsura final ى written as ي (or ي as ى)
  clitic     with و / ب / ل / ال / وال / بال / لل added or swapped
  tashkeel   with harakat on every other letter (and shadda)
  tatweel    with kashida between joining letters
  form       a plural, dual or feminine form (ات, تين, ان, ين, ون, ية)
  two-words  two distinctive words of the title
This file is tooling, not a test: the project's tests never need it.
"""
import html.parser
import json
import os
import random
import re
import sys
from collections import Counter

ARABIC = re.compile(r'[\u0621-\u064A\u0671]+')
HARAKAT = '\u064E\u064F\u0650'
NON_JOINING = set('اأإآدذرزوؤةى')
STOP = set('في من على إلى عن مع أن إن هذا هذه التي الذي الذين بعد قبل بين حتى خلال عند كان كانت قد لا ما لم لن أو ثم كل'.split())


class Article(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.title, self.body, self._in_h1, self._body_depth = '', [], False, 0

    def handle_starttag(self, tag, attrs):
        if tag == 'h1':
            self._in_h1 = True
        if self._body_depth:
            self._body_depth += 1 if tag not in ('br', 'img', 'hr') else 0
        elif tag == 'div' and ('class', 'body') in attrs:
            self._body_depth = 1

    def handle_endtag(self, tag):
        if tag == 'h1':
            self._in_h1 = False
        if self._body_depth and tag not in ('br', 'img', 'hr'):
            self._body_depth -= 1

    def handle_data(self, data):
        if self._in_h1:
            self.title += data
        elif self._body_depth:
            self.body.append(data)


def fold(word):
    """Only for counting how rare a word is and for the expected set: hamza alefs, ة, ى, harakat."""
    word = re.sub('[\u064B-\u0652\u0640]', '', word)
    return word.translate(str.maketrans('أإآٱىة', 'اااايه'))


def articles(site):
    out = []
    for dirpath, _dirs, files in os.walk(site):
        rel = os.path.relpath(dirpath, site).replace(os.sep, '/')
        if 'index.html' in files and re.fullmatch(r'\d{4}/\d{2}/\d{2}/[^/]+', rel) and '/page/' not in rel:
            parser = Article()
            with open(os.path.join(dirpath, 'index.html'), encoding='utf-8') as f:
                parser.feed(f.read())
            out.append({'url': rel + '/', 'title': parser.title.strip(), 'body': ' '.join(parser.body)})
    return sorted(out, key=lambda a: a['url'])


def strip_article(word):
    for p in ('وال', 'بال', 'لل', 'ال'):
        if word.startswith(p) and len(word) - len(p) >= 3:
            return word[len(p):]
    return word


def variants(word):
    base = strip_article(word)
    has_article = base != word
    out = [('exact', word)]
    if re.search('[أإآ]', word):
        out.append(('hamza', re.sub('[أإآ]', 'ا', word)))
    elif base.startswith('ا'):
        out.append(('hamza', word[:len(word) - len(base)] + 'أ' + base[1:]))
    if word.endswith('ة'):
        out.append(('ta-marbuta', word[:-1] + 'ه'))
    if word.endswith('ى'):
        out.append(('alef-maqsura', word[:-1] + 'ي'))
    elif word.endswith('ي'):
        out.append(('alef-maqsura', word[:-1] + 'ى'))
    out.append(('clitic', ('وال' if has_article else 'و') + base))
    out.append(('clitic', ('بال' if has_article else 'ب') + base))
    out.append(('clitic', ('لل' if has_article else 'ل') + base))
    if not has_article:
        out.append(('clitic', 'ال' + base))
    else:
        out.append(('clitic', base))
    out.append(('tashkeel', ''.join(c + (HARAKAT[i % 3] if i % 2 == 0 else '') for i, c in enumerate(word))))
    out.append(('tashkeel', word[:2] + '\u0651' + word[2:]))
    tat = ''
    for i, c in enumerate(word):
        tat += c
        if i + 1 < len(word) and c not in NON_JOINING and i >= 1:
            tat += '\u0640'
    if tat != word:
        out.append(('tatweel', tat))
    prefix = word[:len(word) - len(base)]
    if base.endswith(('ها', 'هم', 'هن')) or base[:1] in 'يتن' and len(base) <= 5:
        pass   # a pronoun ending or a verb: no plural or dual to make
    elif base.endswith('ة'):
        out += [('form', prefix + base[:-1] + 'ات'), ('form', prefix + base[:-1] + 'تين'), ('form', prefix + base[:-1] + 'تان')]
    elif base.endswith('ي'):
        out += [('form', prefix + base + 'ة'), ('form', prefix + base + 'ين'), ('form', prefix + base + 'ون')]
    elif base.endswith('ات'):
        out += [('form', prefix + base[:-2] + 'ة')]
    elif base.endswith(('ون', 'ين')):
        out += [('form', prefix + base[:-2])]
    else:
        out += [('form', prefix + base + 'ان'), ('form', prefix + base + 'ين'), ('form', prefix + base + 'ات')]
    return out


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    site, out_path = args[0], args[1]
    sample = int(args[args.index('--sample') + 1]) if '--sample' in args else 60
    seed = int(args[args.index('--seed') + 1]) if '--seed' in args else 16
    docs = articles(site)
    df = Counter()
    words_of = []
    for d in docs:
        words = set(fold(w) for w in ARABIC.findall(d['title'] + ' ' + d['body']))
        words_of.append(words)
        df.update(words)
    rng = random.Random(seed)
    picked = rng.sample(range(len(docs)), min(sample, len(docs)))
    queries = []
    for i in picked:
        d = docs[i]
        title_words = [w for w in ARABIC.findall(d['title']) if len(w) >= 4 and w not in STOP]
        rare = sorted(set(title_words), key=lambda w: (df[fold(w)], w))
        if not rare:
            continue
        if df[fold(rare[0])] <= 10:
            rare = [w for w in rare if df[fold(w)] <= 10]
        # else: a synthetic corpus with no rare words; the rarest ones still measure bytes and time
        word = rare[0]
        expected = [docs[j]['url'] for j in range(len(docs)) if fold(word) in words_of[j]]
        for kind, q in variants(word):
            queries.append({'kind': kind, 'query': q, 'word': word, 'source': d['url'], 'expected': expected})
        if len(rare) >= 2:
            second = rare[1]
            both = [docs[j]['url'] for j in range(len(docs)) if fold(word) in words_of[j] and fold(second) in words_of[j]]
            for q in (word + ' ' + second, strip_article(second) + ' ' + re.sub('[أإآ]', 'ا', word)):
                queries.append({'kind': 'two-words', 'query': q, 'word': word, 'source': d['url'], 'expected': both})
    with open(out_path, 'w', encoding='utf-8') as f:
        for q in queries:
            f.write(json.dumps(q, ensure_ascii=False) + '\n')
    kinds = Counter(q['kind'] for q in queries)
    print(f'{len(queries)} queries from {len(picked)} articles of {len(docs)}: ' +
          ', '.join(f'{k} {n}' for k, n in sorted(kinds.items())), file=sys.stderr)


if __name__ == '__main__':
    main()
