#!/usr/bin/env bash
# Every report format over the seeds, the labelled corpus and generated CSV and JSON corpora, written
# into OUT: run it before and after a change and compare the two folders with `diff -r`
# (reports are byte-identical for the same inputs).
#   bench/reports.sh OUT [FIGURES]      FIGURES per generated corpus (default 20000)
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out=$(realpath -m "${1:?usage: bench/reports.sh OUT [FIGURES]}")
n=${2:-20000}
mkdir -p target
flock target/plancheck.lock mvn -q -B -Dstyle.color=never -DskipTests -Dinvoker.skip=true -pl cli,bench -am package >&2 || exit 2
cp="bench/target/classes:bench/target/lib/*"
gen="bench/target/corpus/reports-$n"
for f in csv json; do
  [ -d "$gen-$f" ] || java -cp "$cp" plancheck.bench.CorpusGenerator --figures "$n" --out "$gen-$f" --format "$f" >/dev/null
done
mkdir -p "$out"
run() {  # NAME INPUT...
  local name=$1; shift
  for lang in zh en; do
    mkdir -p "$out/$name-$lang"
    ./plancheck check --lang "$lang" --fail-on off --format text,json,html,sarif,junit,github \
      -o "$out/$name-$lang" "$@" 2>"$out/$name-$lang/stderr.txt"
    echo "exit $?" >>"$out/$name-$lang/stderr.txt"
  done
}
run seeds seeds
run corpus corpus
run generated-csv "$gen-csv"
run generated-json "$gen-json"
echo "reports in $out"
