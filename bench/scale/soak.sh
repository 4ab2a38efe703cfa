#!/usr/bin/env bash
# bench/scale: the 10-minute soak. The host in Production on the 100 000-meeting file with an Admin key, under wrk load
# (the meetings page and the districts list at once, 4 connections each), its working set (VmRSS) read from /proc every
# 10 s and its GC heap from dotnet-counters (the repository's dotnet tool) over the same interval.
# One command (generate the file first, bench/README.md "Scale"):  bash bench/scale/soak.sh
# FILE (out/100k.db), SOAK_SECONDS (600), PORT (5875) tune it; PUBLISH=0 reuses the last published host.
set -euo pipefail
source "$(dirname "$0")/host.sh"
file=${FILE:-$out/100k.db}
seconds=${SOAK_SECONDS:-600}
[ "${PUBLISH:-1}" = 0 ] || publish_host
(cd "$root" && dotnet tool restore > /dev/null)
start_host "$file" "${PORT:-5875}"
samples="$out/soak-rss.tsv"
counters="$out/soak-counters.csv"
rm -f "$counters"
duration=$((seconds + 5))
(cd "$root" && exec dotnet dotnet-counters collect -p "$host_pid" --refresh-interval 10 --format csv -o "$counters" \
  --counters System.Runtime --duration "$(printf '00:%02d:%02d:%02d' $((duration / 3600)) $((duration / 60 % 60)) $((duration % 60)))") < /dev/null > "$out/soak-counters.log" 2>&1 &
counters_pid=$!
load_pids=()
for body in first districts; do
  KEY=$key BODY="$scale_dir/operations/$body.json" wrk -t1 -c4 -d"${seconds}s" -s "$root/bench/http/post.lua" "$url" > "$out/soak-$body.json" &
  load_pids+=($!)
done
printf 'seconds\tvmrss_kb\tload1\n' > "$samples"
for ((t = 10; t <= seconds; t += 10)); do
  sleep 10
  printf '%d\t%d\t%s\n' "$t" "$(awk '/^VmRSS/ { print $2 }' "/proc/$host_pid/status")" "$(cut -d' ' -f1 /proc/loadavg)" >> "$samples"
done
wait "${load_pids[@]}" "$counters_pid"

echo "== load (wrk, ${seconds} s): requests, p50/p99 in microseconds"
for body in first districts; do echo "$body: $(tail -1 "$out/soak-$body.json")"; done
echo "== working set (VmRSS, MB) every 10 s: $samples"
awk -F'\t' 'NR > 1 { n++; mb[n] = $2 / 1024; if (mb[n] > max) max = mb[n]; if (n == 1 || mb[n] < min) min = mb[n]; load = load " " $3 }
  END { printf "start %.0f, half-way %.0f, end %.0f, min %.0f, max %.0f; load average every 10 s:%s\n", mb[1], mb[int((n + 1) / 2)], mb[n], min, max, load }' "$samples"
echo "== GC heap (dotnet-counters, MB): $counters"
if [ -s "$counters" ]; then
  # The heap after the last collection, all generations summed, at each sample.
  grep 'dotnet.gc.last_collection.heap.size' "$counters" | awk -F',' '{ mb[$1] += $NF / 1048576; if (!($1 in seen)) { seen[$1]; order[++n] = $1 } }
    END { for (i = 1; i <= n; i++) { v = mb[order[i]]; if (v > max) max = v }
      printf "start %.0f, half-way %.0f, end %.0f, max %.0f (%d samples)\n", mb[order[1]], mb[order[int((n + 1) / 2)]], mb[order[n]], max, n }'
else
  echo "dotnet-counters wrote nothing (see $out/soak-counters.log)"
fi
