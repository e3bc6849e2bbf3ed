#!/usr/bin/env python3
"""Builds the WordNet part of kefu's English concept table.

    apt-get install -y wordnet-base
    scripts/wordnet-concepts.py [WORDNET_DIR [OUT]]

WORDNET_DIR defaults to /usr/share/wordnet, OUT to /tmp/en-wordnet.tsv.gz;
scripts/word-clusters.py then adds word clusters to it and writes the
shipped table, data/nlu/concepts/en-wordnet-clusters.tsv.gz.

One line per English word form: the word, a tab, and the synset of its
most frequent sense in each part of speech (n, v, a, r + the 8-digit
WordNet offset; satellite adjectives count as a). Inflected forms that
WordNet lists as exceptions (bought -> buy, mice -> mouse) get their
lemma's synsets; regular inflections are undone at run time
(nlu/intent/concepts.go). Function words get an empty list, which stops
the run-time suffix rules from turning "does" into "doe". Multi-word
lemmas and lemmas with characters other than a-z are left out.
The output is sorted and gzipped with a zero timestamp, so the same
WordNet gives the same bytes.
"""
import gzip
import io
import os
import sys

WN = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
OUT = sys.argv[2] if len(sys.argv) > 2 else "/tmp/en-wordnet.tsv.gz"

# Function words: their WordNet senses are rare nouns (a = vitamin A,
# "in" = indium or inch, "will" = testament, "may" = the month).
STOP = """a an the i me my mine myself you your yours yourself we us our ours he him his she her hers
it its they them their theirs this that these those who whom whose which what where when why how
is am are was were be been being do does did doing done have has had having will would shall should
can could may might must ought to of in on at by for from with without about into onto over under
up down out off and or but nor not no yes so if then than as just also too very there here all any
some each every either neither both few more most other such own same only again once please""".split()

LETTERS = set("abcdefghijklmnopqrstuvwxyz")


def plain(w):
    return w and set(w) <= LETTERS


def main():
    first = {}  # lemma -> {pos: offset}
    for pos, name in (("n", "noun"), ("v", "verb"), ("a", "adj"), ("r", "adv")):
        for line in open(os.path.join(WN, "index." + name)):
            if line.startswith(" "):
                continue  # licence header
            f = line.split()
            lemma, nsyn = f[0], int(f[2])
            if not plain(lemma):
                continue
            # The synset offsets close the line, most frequent sense first.
            first.setdefault(lemma, {})[pos] = f[-nsyn]
    forms = {}
    for lemma, senses in first.items():
        forms[lemma] = [p + o for p, o in sorted(senses.items(), key=lambda x: "nvar".index(x[0]))]
    for name in ("noun", "verb", "adj", "adv"):
        for line in open(os.path.join(WN, name + ".exc")):
            f = line.split()
            if not plain(f[0]) or f[0] in first:
                continue
            ids = forms.setdefault(f[0], [])
            for base in f[1:]:
                for c in forms.get(base, []) if base in first else []:
                    if c not in ids:
                        ids.append(c)
    for w in STOP:
        forms[w] = []
    buf = io.StringIO()
    buf.write("# English word -> WordNet 3.0 synsets (most frequent sense per part of speech).\n")
    buf.write("# Derived by scripts/wordnet-concepts.py from WordNet 3.0, (c) 2006 Princeton University;\n")
    buf.write("# licence in LICENSE-WordNet beside this file.\n")
    for w in sorted(forms):
        if len(w) < 2:
            continue
        buf.write(w + "\t" + " ".join(forms[w]) + "\n")
    with open(OUT, "wb") as out:
        with gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0, compresslevel=9) as z:
            z.write(buf.getvalue().encode())
    print(OUT, len(forms), "forms")


main()
