#!/usr/bin/env bash
# Trains the risk models on each dataset's train split (hyperparameters by
# cross-validation on train alone) and measures GBT against its
# logistic-regression baseline on the dev split, in one run. Prints a
# markdown table: dev AUC, precision among the top 10% scored, log-loss,
# and the cross-validated AUC on train that chose each setting.
#
#   scripts/risk-compare.sh [dataset ...]    (default: both)
#
# DATASETS (default ../shared/datasets) can be overridden. The data is read
# in place; models go to a temporary directory.
set -euo pipefail
cd "$(dirname "$0")/.."
DS=${DATASETS:-../shared/datasets}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/kefu" ./cmd/kefu

sets=("$@")
[ ${#sets[@]} -gt 0 ] || sets=(ecommerce-shipping-ontime olist-classified-reviews)

echo "| dataset (dev) | model | n | AUC | precision@10% | log-loss | CV AUC on train | chosen by CV |"
echo "|---|---|---:|---:|---:|---:|---:|---|"
for d in "${sets[@]}"; do
  "$work/kefu" risk train --data "$DS/$d/train.csv" --out "$work/$d.krisk" >"$work/$d.train" 2>&1 || { cat "$work/$d.train" >&2; exit 1; }
  "$work/kefu" risk eval --model "$work/$d.krisk" --data "$DS/$d/dev.csv" --compare logreg >"$work/$d.eval"
  python3 - "$d" "$work/$d.train" "$work/$d.eval" <<'PY'
import json, sys
name, tr, ev = sys.argv[1:]
t = json.loads(open(tr).read().strip().splitlines()[-1])
e = json.loads(open(ev).read().strip().splitlines()[-1])
lam = next((l.split()[-1] for l in open(tr) if l.startswith("chose")), "")
lr_lambda = [l for l in open(tr) if l.startswith("cv logreg")]
b = e["baseline"]
best = max(lr_lambda, key=lambda l: float(l.split("auc=")[1])) if lr_lambda else ""
print(f"| {name} | logreg | {b['n']} | {b['auc']:.4f} | {b['precision_at_alert_rate']:.4f} | {b['logloss']:.4f} | {t['baseline_cv_auc']:.4f} | {best.split()[2] if best else ''} |")
print(f"| {name} | gbt | {e['n']} | {e['auc']:.4f} | {e['precision_at_alert_rate']:.4f} | {e['logloss']:.4f} | {t['cv_auc']:.4f} | {t['chosen']}, {t['trees']} trees |")
PY
done
