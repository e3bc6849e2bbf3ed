#!/usr/bin/env python3
"""Writes data/nlu/concepts/en-wordnet-clusters.tsv.gz, kefu's English concept table.

    apt-get install -y python3-numpy python3-scipy wordnet-base
    scripts/wordnet-concepts.py /usr/share/wordnet /tmp/en-wordnet.tsv.gz
    /usr/bin/python3 scripts/word-clusters.py --base /tmp/en-wordnet.tsv.gz

It adds Brown-cluster-like distributional word clusters to the WordNet
table for the intent featurizer. The unlabeled corpus holds only text we may ship derived data
from: WordNet 3.0 synset lemmas, glosses and examples (WordNet licence),
GoEmotions train (Apache-2.0), and, unless --no-domain, CLINC150 train
(CC BY 3.0) and BANKING77 train (CC BY 4.0). No dev or test file is read.
Text is lower-cased, apostrophes dropped and split on [a-z]+.

Words seen at least --min-count times get a PPMI vector (symmetric window
--window, context distribution smoothing 0.75), reduced by truncated SVD
to --dim dimensions (U·sqrt(S), rows L2-normalised) and clustered by
k-means (k-means++ seeding, fixed seeds) at each granularity in --k.
Cluster c of granularity g becomes the id n9GGCCCCC (GG = g, CCCCC = c):
WordNet offsets stay below 16,000,000, so these never collide with synsets.

The merged table keeps each word's WordNet ids and appends its cluster ids.
The base must be the WordNet-only table (scripts/wordnet-concepts.py
writes it); a base that already has cluster ids is refused, because the
lines that clustering added cannot be told from WordNet's. A clustered
word with no line of its own gets one, carrying the ids the run-time
suffix rules (nlu/intent/concepts.go) would have found, so that the new
line hides nothing. Function words (empty lines) and words shorter than 3
letters stay as they are. Output is sorted and gzipped with a zero
timestamp: the same inputs and flags give the same bytes.
"""
import argparse
import csv
import gzip
import io
import os
import re
import sys
import time

import numpy as np
import scipy.sparse as sp
from scipy.sparse.linalg import svds

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
TABLE = os.path.join(ROOT, "data", "nlu", "concepts", "en-wordnet-clusters.tsv.gz")
DATASETS = os.path.join(ROOT, "..", "shared", "datasets")

# nlu/intent/concepts.go suffixRules, in order.
SUFFIX_RULES = [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
                ("men", "man"), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""),
                ("ing", "e"), ("ing", ""), ("er", ""), ("est", ""), ("er", "e"), ("est", "e")]

TOKEN = re.compile(r"[a-z]+")


def tokens(text):
    return TOKEN.findall(text.lower().replace("'", "").replace("\u2019", ""))


def wordnet_docs(wn):
    """One document per synset: its lemmas, then gloss and examples."""
    for name in ("noun", "verb", "adj", "adv"):
        for line in open(os.path.join(wn, "data." + name), encoding="latin-1"):
            if line.startswith("  "):
                continue  # licence header
            head, _, gloss = line.partition(" | ")
            f = head.split()
            n = int(f[3], 16)
            lemmas = " ".join(f[4 + 2 * i].replace("_", " ") for i in range(n))
            lemmas = re.sub(r"\([a-z]+\)$", "", lemmas)  # adjective markers: (a) (p) (ip)
            yield tokens(lemmas + " " + gloss)


def csv_docs(path):
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            yield tokens(row["text"])


def corpus(args):
    sources = [("wordnet", wordnet_docs(args.wordnet)),
               ("goemotions", csv_docs(os.path.join(DATASETS, "goemotions", "ekman-train.csv")))]
    if args.domain:
        sources += [("clinc150", csv_docs(os.path.join(DATASETS, "clinc150", "train.csv"))),
                    ("banking77", csv_docs(os.path.join(DATASETS, "banking77", "train.csv")))]
    docs = []
    for name, it in sources:
        n0, t0 = len(docs), sum(map(len, docs))
        docs.extend(d for d in it if d)
        print("corpus %-10s %7d docs %9d tokens" % (name, len(docs) - n0, sum(map(len, docs)) - t0),
              file=sys.stderr)
    return docs


def vectors(docs, args):
    counts = {}
    for d in docs:
        for w in d:
            counts[w] = counts.get(w, 0) + 1
    vocab = sorted(w for w, c in counts.items() if c >= args.min_count)
    index = {w: i for i, w in enumerate(vocab)}
    V = len(vocab)
    print("corpus total %d tokens, %d types, %d with count >= %d" %
          (sum(counts.values()), len(counts), V, args.min_count), file=sys.stderr)
    # One id stream; -1 pads documents by the window so no pair crosses one,
    # rare words are -1 too and keep their position.
    pad = [-1] * args.window
    stream = []
    for d in docs:
        stream.extend(index.get(w, -1) for w in d)
        stream.extend(pad)
    ids = np.array(stream, dtype=np.int64)
    C = sp.csr_matrix((V, V), dtype=np.float64)
    for dist in range(1, args.window + 1):
        a, b = ids[:-dist], ids[dist:]
        keep = (a >= 0) & (b >= 0)
        m = sp.coo_matrix((np.ones(keep.sum()), (a[keep], b[keep])), shape=(V, V)).tocsr()
        C = C + m + m.T
    C.sum_duplicates()
    total = C.sum()
    pw = np.asarray(C.sum(axis=1)).ravel() / total
    cc = np.asarray(C.sum(axis=0)).ravel() ** args.alpha
    pc = cc / cc.sum()
    C = C.tocoo()
    pmi = np.log(C.data / total) - np.log(pw[C.row]) - np.log(pc[C.col])
    keep = pmi > 0
    M = sp.csr_matrix((pmi[keep], (C.row[keep], C.col[keep])), shape=(V, V))
    print("ppmi %dx%d, %d nonzeros" % (V, V, M.nnz), file=sys.stderr)
    t = time.time()
    u, s, _ = svds(M, k=args.dim, v0=np.random.RandomState(args.seed).rand(V))
    order = np.argsort(-s)
    X = u[:, order] * np.sqrt(s[order])
    X /= np.maximum(np.linalg.norm(X, axis=1, keepdims=True), 1e-12)
    print("svd %d dims in %.1fs" % (args.dim, time.time() - t), file=sys.stderr)
    return vocab, X


def kmeans(X, k, rng, iters=20):
    """Lloyd's k-means with k-means++ seeding. scipy's kmeans2(minit="++")
    recomputes every distance at every seeding step (quadratic in k: minutes
    at k=1600); this keeps a running minimum and does the assignment with
    one matrix product per iteration."""
    n = len(X)
    sq = (X * X).sum(axis=1)
    centers = np.empty((k, X.shape[1]))
    centers[0] = X[rng.randint(n)]
    d2 = ((X - centers[0]) ** 2).sum(axis=1)
    for j in range(1, k):
        i = np.searchsorted(np.cumsum(d2), rng.rand() * d2.sum())
        centers[j] = X[min(i, n - 1)]
        d2 = np.minimum(d2, ((X - centers[j]) ** 2).sum(axis=1))
    labels = None
    for _ in range(iters):
        dist = sq[:, None] - 2 * X @ centers.T + (centers * centers).sum(axis=1)[None, :]
        new = dist.argmin(axis=1)
        if labels is not None and (new == labels).all():
            break
        labels = new
        sums = np.zeros_like(centers)
        np.add.at(sums, labels, X)
        size = np.bincount(labels, minlength=k)
        live = size > 0
        centers[live] = sums[live] / size[live, None]  # an empty cluster keeps its centre
    return labels


def clusters(X, ks, seed):
    out = []
    for k in ks:
        t = time.time()
        labels = kmeans(X, k, np.random.RandomState(seed + k))
        print("kmeans k=%d in %.1fs, %d non-empty" % (k, time.time() - t, len(set(labels))),
              file=sys.stderr)
        out.append(labels)
    return out


def read_table(path):
    header, table = [], {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#"):
                header.append(line)
                continue
            word, _, ids = line.partition("\t")
            if " n9" in " " + ids:
                sys.exit("%s already has cluster ids: run scripts/wordnet-concepts.py first" % path)
            table[word] = ids.split()
    return header, table


def runtime_ids(table, w):
    """What concepts.go lookup finds for w in table."""
    if w in table:
        return table[w]
    for cut, add in SUFFIX_RULES:
        n = len(w) - len(cut)
        if n < 2 or not w.endswith(cut):
            continue
        base = w[:n] + add
        if base in table:
            return table[base]
    return []


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--no-domain", dest="domain", action="store_false",
                    help="leave CLINC150 and BANKING77 train texts out of the corpus")
    ap.add_argument("--k", default="100,400,1600", help="k-means granularities")
    ap.add_argument("--dim", type=int, default=128)
    ap.add_argument("--window", type=int, default=4)
    ap.add_argument("--alpha", type=float, default=0.75)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--base", required=True, help="the WordNet-only table (scripts/wordnet-concepts.py)")
    ap.add_argument("--out", default=TABLE)
    ap.add_argument("--clusters", help="also write word<TAB>cluster ids here (plain TSV)")
    args = ap.parse_args()
    ks = [int(k) for k in args.k.split(",")]

    header, table = read_table(args.base)
    vocab, X = vectors(corpus(args), args)
    labels = clusters(X, ks, args.seed)
    cids = {w: ["n9%02d%05d" % (g, lab[i]) for g, lab in enumerate(labels)] for i, w in enumerate(vocab)}

    merged = dict(table)
    added = extended = 0
    for w, ids in cids.items():
        if len(w) < 3:
            continue
        if w in table:
            if not table[w]:
                continue  # function word: no concepts on purpose
            merged[w] = (table[w] + ids)[:15]
            extended += 1
        else:
            merged[w] = (runtime_ids(table, w) + ids)[:15]
            added += 1
    print("table: %d words, %d extended, %d added" % (len(merged), extended, added), file=sys.stderr)

    buf = io.StringIO()
    for h in header:
        if "word-clusters" not in h:
            buf.write(h + "\n")
    buf.write("# Plus distributional word clusters (n9GGCCCCC, k=%s) by scripts/word-clusters.py from WordNet's\n" % args.k)
    buf.write("# glosses and examples and the train splits of GoEmotions (Apache-2.0)%s; see SOURCE.md.\n"
              % (", CLINC150 (CC BY 3.0) and BANKING77 (CC BY 4.0)" if args.domain else ""))
    for w in sorted(merged):
        buf.write(w + "\t" + " ".join(merged[w]) + "\n")
    with open(args.out, "wb") as out:
        with gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0, compresslevel=9) as z:
            z.write(buf.getvalue().encode())
    print(args.out, os.path.getsize(args.out), "bytes", file=sys.stderr)
    if args.clusters:
        with open(args.clusters, "w") as f:
            for w in vocab:
                f.write(w + "\t" + " ".join(cids[w]) + "\n")


main()
