#!/usr/bin/env python3
"""unique-urls.py CONTENT_DIR -- give colliding generated articles an explicit slug (bench/run).

gen-corpus.py reuses titles (one title form has only 24 x 12 variants), so two articles of the
same day sometimes share a title. Warraq derives the URL /YYYY/MM/DD/<title-slug>/ from the
title and rightly refuses two articles on one URL. Like an editor would, this adds
`slug: "aNNNNNN"` (the file's own id) to the later article of each such pair; all other
articles keep their Arabic title slugs. The URL's day may be taken in another time zone than
the file name's (Warraq uses the site's, Asia/Riyadh), which moves it by up to a day either
way, so articles whose file-name dates are up to two days apart count as the same day.

Edits files in place (run it on the benchmark's copy, never on the cached corpus) and prints
the number of files changed.
"""

import datetime as dt
import json
import os
import sys


def main():
    content = sys.argv[1]
    kept = {}  # title -> dates of articles that keep their title slug
    changed = 0
    for name in sorted(os.listdir(content)):  # YYYY-MM-DD-aNNNNNN.md, date order
        if not name.endswith(".md"):
            continue
        path = os.path.join(content, name)
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        i = next(k for k, line in enumerate(lines) if line.startswith("title: "))
        title = json.loads(lines[i][len("title: "):])
        day = dt.date.fromisoformat(name[:10])
        days = kept.setdefault(title, [])
        if any(abs((day - d).days) <= 2 for d in days):
            lines.insert(i + 1, f'slug: "{name[11:-3]}"')
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write("\n".join(lines))
            changed += 1
        else:
            days.append(day)
    print(changed)


if __name__ == "__main__":
    main()
