#!/usr/bin/env bash
# Benchmarks (not part of `mvn verify`):
#   bench/run.sh [--runs N] [--format csv|json] [SIZE...]   whole process via ./plancheck at 10k/100k/1M figures
#   bench/run.sh jmh [JMH options]                          JMH: reading, grouping, firing (HotPathBenchmarks)
#   bench/run.sh flags [--runs N] INPUT [OPTS...]           the launcher's JVM flags against others, in turn
#   bench/run.sh docs [--runs N] [--pages N]                one long .docx and PDF (15/30/60 pages) via ./plancheck
# Corpora are generated once into bench/target/corpus/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# Under the launcher's build lock, so that no first run of ./plancheck builds at the same time.
mkdir -p target
flock target/plancheck.lock mvn -q -B -Dstyle.color=never -DskipTests -pl cli,bench -am package >&2
cp="bench/target/classes:bench/target/lib/*"
if [ "${1:-}" = jmh ]; then
  shift
  exec java -cp "$cp" org.openjdk.jmh.Main "${@:-HotPathBenchmarks}"
fi
./plancheck --version >/dev/null   # builds the class-data archive before anything is timed
if [ "${1:-}" = flags ]; then
  shift
  exec bench/flags.sh "$@"
fi
if [ "${1:-}" = docs ]; then
  shift
  exec java -cp "$cp" plancheck.bench.DocumentBench "$@"
fi
exec java -cp "$cp" plancheck.bench.ProcessBench "$@"
