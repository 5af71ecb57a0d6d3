#!/usr/bin/env bash
# bench/run.sh flags [--runs N] INPUT [OPTS...]: what each JVM flag of the launcher is worth.
# Runs `./plancheck check INPUT` N times (default 10) with each PLANCHECK_JAVA_OPTS in turn (A B C A
# B C …: the machine's drift hits every variant alike); the first variant is the launcher's own
# flags, each OPTS undoes or changes some of them (they come last, so they win). Prints, per
# variant, the median and range of the wall time, the median CPU time and peak RSS.
set -euo pipefail
runs=10
if [ "${1:-}" = --runs ]; then runs=$2; shift 2; fi
[ $# -ge 1 ] || { echo "usage: bench/run.sh flags [--runs N] INPUT [OPTS...]" >&2; exit 2; }
input=$1
shift
variants=("" "$@")
results=$(mktemp)
trap 'rm -f "$results"' EXIT
for ((r = 1; r <= runs; r++)); do
  for i in "${!variants[@]}"; do
    t=$(PLANCHECK_JAVA_OPTS="${variants[i]}" /usr/bin/time -f 'TIME %e %U %S %M' \
          ./plancheck check --fail-on off --format json "$input" 2>&1 >/dev/null | grep '^TIME ') \
      || { echo "variant '${variants[i]}' failed" >&2; exit 1; }
    read -r _ wall user sys rss <<<"$t"
    awk -v i="$i" -v w="$wall" -v u="$user" -v s="$sys" -v m="$rss" 'BEGIN {printf "%d %s %.2f %d\n", i, w, u + s, m / 1024}' >>"$results"
    echo "round $r, '${variants[i]:-launcher}': $wall s" >&2
  done
done
median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
printf '\n%s, %d runs each, in turn\n\n' "$input" "$runs"
echo "| PLANCHECK_JAVA_OPTS | wall s (median) | wall s (range) | cpu s | peak RSS MB |"
echo "|---|---:|---:|---:|---:|"
for i in "${!variants[@]}"; do
  walls=$(awk -v i="$i" '$1 == i {print $2}' "$results" | sort -n)
  printf '| %s | %s | %s–%s | %s | %s |\n' "${variants[i]:-(none: launcher flags only)}" "$(median <<<"$walls")" \
    "$(head -n 1 <<<"$walls")" "$(tail -n 1 <<<"$walls")" \
    "$(awk -v i="$i" '$1 == i {print $3}' "$results" | median)" \
    "$(awk -v i="$i" '$1 == i {print $4}' "$results" | median)"
done
