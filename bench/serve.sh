#!/usr/bin/env bash
# Benchmark of `plancheck serve` (not part of `mvn verify`):
#   bench/serve.sh [--runs N] [--concurrent C] [DOCUMENT [REFERENCE...]]
# Starts the server as a user would (./plancheck serve --port 0), warms it up, then measures:
#   - upload to report: N uploads one after the other of the page's request (POST /api/review:
#     every report format), wall time per request as curl sees it; median, min and max;
#   - C uploads at once (POST /api/check), all answered 200 and alike;
#   - the server's peak resident memory (VmHWM) over all of it, and the temporary files left.
# Default: the seed document 002 against the city's targets, 20 runs, 20 at once.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs=20 concurrent=20
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --concurrent) concurrent="$2"; shift 2 ;;
    *) break ;;
  esac
done
doc="${1:-seeds/documents/002_eb5fe5a3b1811268.txt}"
[ $# -gt 0 ] && shift
refs=("$@")
[ ${#refs[@]} -eq 0 ] && refs=(seeds/reference/tianjin-city-2020-2022.csv)
form=(-F "files=@$doc")
for r in "${refs[@]}"; do form+=(-F "reference=@$r"); done

work="$(mktemp -d)"
log="$work/server.log"
tmp="${TMPDIR:-/tmp}"
ls -d "$tmp"/plancheck-serve-* 2>/dev/null | sort >"$work/before" || true
./plancheck serve --port 0 >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 3000); do   # the launcher may build the jar first
  grep -q '^plancheck serve: http' "$log" && break
  kill -0 $pid 2>/dev/null || { cat "$log" >&2; exit 2; }
  sleep 0.1
done
url="$(sed -n 's/^plancheck serve: \(http[^ ]*\).*/\1/p' "$log")"
[ -n "$url" ] || { cat "$log" >&2; exit 2; }
echo "server $url (pid $pid)"
# The server's folder for uploads: the one that appeared with it.
temp="$(ls -d "$tmp"/plancheck-serve-* 2>/dev/null | sort | comm -13 "$work/before" - | head -1 || true)"

post() { curl -s -o "$2" -w '%{http_code} %{time_total}\n' "${form[@]}" "$url$1"; }
for _ in $(seq 1 10); do post api/review /dev/null >/dev/null; done   # warm-up: the JIT and the caches

times=()
for _ in $(seq 1 "$runs"); do
  read -r code t < <(post api/review "$work/review.json")
  [ "$code" = 200 ] || { echo "review answered $code" >&2; exit 1; }
  times+=("$t")
done
printf '%s\n' "${times[@]}" | sort -n | awk -v n="$runs" '{a[NR]=$1} END {
  m = (n % 2) ? a[(n+1)/2] : (a[n/2] + a[n/2+1]) / 2;
  printf "upload to report (POST /api/review, %d runs): median %.3f s, min %.3f s, max %.3f s\n", n, m, a[1], a[n] }'

post api/check "$work/serial.json" >/dev/null
start=$(date +%s.%N)
for i in $(seq 1 "$concurrent"); do post api/check "$work/c$i.json" >"$work/c$i.code" & done
wait $(jobs -p | grep -v "^$pid$") 2>/dev/null || true
end=$(date +%s.%N)
ok=0 same=0
for i in $(seq 1 "$concurrent"); do
  [ "$(cut -d' ' -f1 "$work/c$i.code")" = 200 ] && ok=$((ok + 1))
  cmp -s "$work/serial.json" "$work/c$i.json" && same=$((same + 1))
done
printf '%d at once (POST /api/check): %d answered 200, %d identical to a serial check, %.2f s in all\n' \
  "$concurrent" "$ok" "$same" "$(echo "$end - $start" | bc)"
echo "peak RSS of the server: $(awk '/VmHWM/ {printf "%d MB", $2/1024}' /proc/$pid/status)"
if [ -n "$temp" ] && [ -d "$temp" ]; then
  echo "files left in $temp: $(find "$temp" -mindepth 1 | wc -l)"
fi
[ "$ok" = "$concurrent" ] && [ "$same" = "$concurrent" ]
