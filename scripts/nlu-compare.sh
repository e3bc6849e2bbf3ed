#!/usr/bin/env bash
# Trains and evaluates kefu and nlp.js side by side on the same splits, in
# one run: each dataset's train split for training, its dev split for the
# numbers. Prints one markdown table row per dataset and system.
#
#   scripts/nlu-compare.sh [dataset ...]    (default: all)
#
# DATASETS (default ../shared/datasets) and NLPJS (default
# ../shared/peers/nlpjs/run; point it at a writable copy, since the script
# installs nlp.js beside itself) can be overridden; SKIP_NLPJS=1 skips the peer.
set -euo pipefail
cd "$(dirname "$0")/.."
DS=${DATASETS:-../shared/datasets}
NLPJS=${NLPJS:-../shared/peers/nlpjs/run}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/kefu" ./cmd/kefu

# filter IN OUT LANGS: keep rows whose lang column is one of LANGS
# (comma-separated).
filter() {
  python3 - "$1" "$2" "$3" <<'PY'
import csv, sys
src, dst, langs = sys.argv[1:]
r = csv.DictReader(open(src, newline=''))
w = csv.DictWriter(open(dst, 'w', newline=''), fieldnames=r.fieldnames)
w.writeheader()
for row in r:
    if row.get('lang') in langs.split(','):
        w.writerow(row)
PY
}

# corpus OUT-TRAIN OUT-DEV: kefu's own corpus split as data/nlu/corpus does
# (FNV-1a 32 of the trimmed text, bucket < 20 of 100 is dev).
corpus() {
  python3 - "$1" "$2" <<'PY'
import csv, glob, sys
def fnv(s):
    h = 0x811c9dc5
    for b in s.encode():
        h = ((h ^ b) * 0x01000193) & 0xffffffff
    return h
tw = csv.writer(open(sys.argv[1], 'w', newline='')); dw = csv.writer(open(sys.argv[2], 'w', newline=''))
for w in (tw, dw): w.writerow(['text', 'label', 'lang'])
for f in sorted(glob.glob('data/nlu/corpus/*.csv')):
    for r in csv.DictReader(open(f, newline='')):
        t = r['text'].strip()
        (dw if fnv(t) % 100 < 20 else tw).writerow([t, r['label'].strip(), r['lang'].strip()])
PY
}

# name|train|dev|peer-args; fb-es+th trains one model on both languages
# and is measured on each language's dev rows.
cases=(
  "kefu-corpus|corpus|corpus|"
  "banking77|$DS/banking77/train.csv|$DS/banking77/dev.csv|"
  "clinc150|$DS/clinc150/train.csv|$DS/clinc150/dev.csv|"
  "bitext|$DS/bitext-customer-support/train.csv|$DS/bitext-customer-support/dev.csv|"
  "fb-es|es|es|--lang es"
  "fb-th|th|th|--lang th"
  "fb-es+th|es,th|th es|"
  "goemotions-ekman|$DS/goemotions/ekman-train.csv|$DS/goemotions/ekman-dev.csv|skip"
)
want=" ${*:-kefu-corpus banking77 clinc150 bitext fb-es fb-th fb-es+th goemotions-ekman} "
echo "| dataset (dev) | system | n | accuracy | macro-F1 | ECE | in-scope acc | OOS recall | train s | predictions/s |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
for c in "${cases[@]}"; do
  IFS='|' read -r name train dev peer <<<"$c"
  [[ "$want" == *" $name "* ]] || continue
  if [[ "$name" == kefu-corpus ]]; then
    corpus "$work/corpus-train.csv" "$work/corpus-dev.csv"
    train="$work/corpus-train.csv"; dev="$work/corpus-dev.csv"
  fi
  devs="$name:$dev"
  if [[ "$name" == fb-* ]]; then
    filter "$DS/fb-multilingual-tod-en-es-th/train.csv" "$work/$name-train.csv" "$train"
    train="$work/$name-train.csv"
    devs=""
    for l in $dev; do
      filter "$DS/fb-multilingual-tod-en-es-th/dev.csv" "$work/$name-dev-$l.csv" "$l"
      d="$name"
      [[ "$name" == fb-es+th ]] && d="$name/$l"
      devs="$devs $d:$work/$name-dev-$l.csv"
    done
  fi
  # CLINC150's dev split has 3% out-of-scope rows, its test split 18%:
  # also measure the dev rows resampled to other shares.
  mix=()
  [[ "$name" == clinc150 ]] && mix=(--oos-mix 0.03,0.10,0.18,0.30)
  tj=$("$work/kefu" train --data "$train" --out "$work/$name.kmodel" | tail -1)
  for nd in $devs; do
    d=${nd%%:*} dev=${nd#*:}
    e0=$(date +%s.%N)
    ej=$("$work/kefu" eval --model "$work/$name.kmodel" --data "$dev" "${mix[@]}" | tail -1)
    e1=$(date +%s.%N)
    python3 - "$d" "$tj" "$ej" "$e0" "$e1" <<'PY'
import json, sys
name, tj, ej, e0, e1 = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3]), *map(float, sys.argv[4:])
f = lambda k, p=3: ("%.*f" % (p, ej[k])) if k in ej else ""
print(f"| {name} | kefu | {ej['n']} | {f('accuracy')} | {f('macro_f1')} | {f('ece')} | {f('in_scope_accuracy')} | {f('oos_recall')} | {tj['train_s']:.1f} | {ej['n']/(e1-e0):.0f} (incl. start) |")
for m in ej.get('oos_mix', []):
    print(f"| {name}, OOS resampled to {m['share']:.0%} | kefu | {m['n']} | {m['accuracy']:.3f} | | {m['ece']:.3f} | {m['in_scope_accuracy']:.3f} | {m['oos_recall']:.3f} | | |")
PY
    if [[ "$peer" != skip && -z "${SKIP_NLPJS:-}" ]]; then
      pj=$("$NLPJS" "$train" "$dev" $peer 2>/dev/null | tail -1 || echo '{}')
      python3 - "$d" "$pj" <<'PY'
import json, sys
name, p = sys.argv[1], json.loads(sys.argv[2] or '{}')
g = lambda k: ("%.3f" % p[k]) if isinstance(p.get(k), (int, float)) else "?"
print(f"| {name} | nlp.js | {p.get('n', '?')} | {g('accuracy')} | {g('macro_f1')} | | | | {g('train_s')} | {g('per_s')} |")
PY
    fi
  done
done
