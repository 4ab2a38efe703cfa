#!/usr/bin/env bash
# bench/http/profile.sh: where a server's CPU goes for one operation, under the bench's load.
#   bash bench/http/profile.sh <port> <operation> [key] [trace seconds]
# Drives the process listening on <port> with wrk -t1 -c16 POSTing operations/<operation>.json (15 s of warm-up first),
# samples it with dotnet-trace (dotnet-sampled-thread-time) meanwhile, and prints the top inclusive frames of the time
# managed code ran (bench/http/frames.py). Start the servers with run.sh (or by hand as run.sh does) first.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
port=$1; op=$2; seconds=${4:-15}
export KEY=${3:-} BODY="$here/operations/$op.json"
pid=$(ss -ltnp "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
[ -n "$pid" ] || { echo "nothing listens on $port" >&2; exit 1; }
trace="$here/out/profile-$op"
(cd "$here/../.." && dotnet tool restore > /dev/null)
wrk -t1 -c16 -d$((seconds + 20))s -s "$here/post.lua" "http://127.0.0.1:$port/graphql" > "$trace.wrk" &
sleep 15
(cd "$here/../.." && dotnet dotnet-trace collect -p "$pid" --profile dotnet-sampled-thread-time --duration "00:00:00:$seconds" \
  -o "$trace.nettrace" > /dev/null && dotnet dotnet-trace convert "$trace.nettrace" --format speedscope -o "$trace" > /dev/null)
wait
echo "wrk: $(tail -1 "$trace.wrk")"
python3 "$here/frames.py" "$trace.speedscope.json" "${TOP:-40}"
