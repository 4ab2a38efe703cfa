#!/usr/bin/env bash
# bench/http/cpu.sh: server CPU per request of running servers, rounds interleaved.
#   KEY=<api key> bash bench/http/cpu.sh <operation> <rounds> <port>...
# Each round drives every server in turn with wrk -t1 -c16 for 4 s POSTing operations/<operation>.json (to /graphql),
# and prints the CPU the process listening on the port spent (user + system, from /proc) per request, with its rps.
# Start the servers first (run.sh does, or by hand); give two copies of one database file to compare two builds.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
op=$1; rounds=$2; shift 2
export KEY=${KEY:-} BODY="$here/operations/$op.json"
tick=$(getconf CLK_TCK)
for round in $(seq 1 "$rounds"); do
  line="round $round:"
  for port in "$@"; do
    pid=$(ss -ltnp "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
    [ -n "$pid" ] || { echo "nothing listens on $port" >&2; exit 1; }
    before=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    out=$(wrk -t1 -c16 -d4s -s "$here/post.lua" "http://127.0.0.1:$port/graphql" | tail -1)
    after=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    requests=$(echo "$out" | python3 -c 'import json, sys; print(json.load(sys.stdin)["requests"])')
    line="$line $port=$(( (after - before) * 1000000 / tick / requests ))us/$((requests / 4))rps"
  done
  echo "$line"
done
