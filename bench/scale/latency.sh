#!/usr/bin/env bash
# bench/scale: latency of the meetings reads at 10 000, 100 000 and 1 000 000 meetings, over HTTP against the host in
# Production on each generated file with an Admin key (wrk, one connection: each request waits for the last).
# First generate the files (bench/README.md, "Scale"), then:  bash bench/scale/latency.sh [FILE.db ...]
# SECONDS_PER_RUN (10), WARMUP (3) and PORT (5873) tune it; PUBLISH=0 reuses the last published host.
set -euo pipefail
source "$(dirname "$0")/host.sh"
files=("$@")
[ ${#files[@]} -gt 0 ] || files=("$out/10k.db" "$out/100k.db" "$out/1m.db")
seconds=${SECONDS_PER_RUN:-10}
warmup=${WARMUP:-3}
[ "${PUBLISH:-1}" = 0 ] || publish_host

measure() { # NAME BODY-FILE: one table row
  KEY=$key BODY=$2 wrk -t1 -c1 -d"${warmup}s" -s "$root/bench/http/post.lua" "$url" > /dev/null
  local line
  line=$(KEY=$key BODY=$2 wrk -t1 -c1 -d"${seconds}s" -s "$root/bench/http/post.lua" "$url" | tail -1)
  jq -r --arg size "$size" --arg op "$1" \
    '"| \($size) | \($op) | \(.p50 / 1000 * 100 | round / 100) | \(.p99 / 1000 * 100 | round / 100) | \(.requests / .seconds | round) | \(.errors) |"' <<< "$line"
}

echo "| meetings | operation | p50 ms | p99 ms | rps (1 connection) | errors |"
echo "| ---: | --- | ---: | ---: | ---: | ---: |"
for file in "${files[@]}"; do
  size=$(sqlite3 "$file" "SELECT COUNT(*) FROM Meetings")
  start_host "$file" "${PORT:-5873}"
  # The cursor of the 10 000th row in the default order (of row 9 950 on the 10 000 file, so the page is full), by
  # walking the pages (50 a page, the most the host gives).
  depth=$(( size - 50 < 10000 ? (size - 50) / 50 * 50 : 10000 ))
  cursor=null
  for _ in $(seq 1 $((depth / 50))); do
    cursor=$(post "$(jq -nc --argjson after "$cursor" \
      '{query: "query ($after: String) { meetings(first: 50, after: $after) { pageInfo { endCursor } } }", variables: {after: $after}}')" |
      jq '.data.meetings.pageInfo.endCursor')
    [ "$cursor" != null ] || { echo "walk ended before row $depth in $file" >&2; exit 1; }
  done
  jq -c --argjson cursor "$cursor" '.query |= sub("first: 50"; "first: 50, after: \($cursor | tojson)")' "$scale_dir/operations/first.json" > "$out/deep.json"
  post "$(cat "$out/deep.json")" | jq -e '.data.meetings.nodes | length == 50' > /dev/null || { echo "the deep page is not 50 rows" >&2; exit 1; }
  measure first "$scale_dir/operations/first.json"
  measure "deep (after row $depth)" "$out/deep.json"
  measure "filtered, sorted" "$scale_dir/operations/filtered.json"
  measure totalCount "$scale_dir/operations/totalCount.json"
  stop_hosts
done
