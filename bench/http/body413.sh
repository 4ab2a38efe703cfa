#!/usr/bin/env bash
# bench/http/body413.sh: the host's memory while it rejects oversized requests. Starts Hamahang (Production, a fresh
# SQLite file), sends COUNT (20) POSTs of SIZE_MB (10) MB each to /graphql, PARALLEL (20) at a time, checks every
# answer is 413, and prints the host's resident set before, after, and at its peak (VmHWM from /proc: the peak
# working set over the process's life, so the warm-up request's peak is printed too, for comparison).
# One command:  bash bench/http/body413.sh      (API_DIR=<a built api folder> skips the Release publish)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$here/out"
port=${BASE_PORT:-5790}
count=${COUNT:-20}
parallel=${PARALLEL:-20}
size_mb=${SIZE_MB:-10}
mkdir -p "$out"
api_dir=${API_DIR:-}
if [ -z "$api_dir" ]; then
  dotnet publish "$root/api" -c Release -o "$out/api" --nologo -v q
  api_dir="$out/api"
fi

db="$out/body413.db"
rm -f "$db" "$db-shm" "$db-wal"
(cd "$api_dir" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
  ConnectionStrings__Hamahang="Data Source=$db" RateLimits__Enabled=false dotnet Hamahang.Api.dll) > "$out/body413.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
url="http://127.0.0.1:$port/graphql"
for _ in $(seq 1 240); do curl -s -o /dev/null -X POST "$url" && break; sleep 0.5; done

mem() { awk -v k="$1" '$1 == k":" { printf "%.1f", $2 / 1024 }' "/proc/$pid/status"; }
# A small request warms the host up (JIT, the schema, the first SQLite connection) before the baseline.
curl -s -o /dev/null -H 'Content-Type: application/json' --data '{"query":"{ __typename }"}' "$url"
sleep 1
before_rss=$(mem VmRSS); before_peak=$(mem VmHWM)

body="$out/body413.json"
python3 -c "import sys; n=$size_mb*1024*1024; sys.stdout.write('{\"query\":\"{ __typename }\",\"variables\":{\"s\":\"' + 'x' * (n - 47) + '\"}}')" > "$body"
codes=$(seq 1 "$count" | xargs -P "$parallel" -I{} curl -s -o /dev/null -w '%{http_code}\n' \
  -H 'Content-Type: application/json' --data-binary @"$body" "$url" | sort | uniq -c | tr -s ' ' | paste -sd ',' -)
sleep 1
after_rss=$(mem VmRSS); peak=$(mem VmHWM)
alive=$(curl -s -H 'Content-Type: application/json' --data '{"query":"{ __typename }"}' "$url")
echo "body413: $count requests of $(stat -c %s "$body") bytes, $parallel at a time; answers (count code): $codes"
echo "body413: resident set before ${before_rss} MB (peak so far ${before_peak} MB), after ${after_rss} MB, peak ${peak} MB; then: $alive"
