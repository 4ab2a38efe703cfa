#!/usr/bin/env bash
# bench/http: Hamahang over real HTTP against its peers, on one machine, in one run, same operations,
# same load generator (wrk). One command:  bash bench/http/run.sh
# Publishes Hamahang and the .NET peers (Release), installs the Node peers (npm ci), seeds a fresh SQLite
# file by starting Hamahang on it in Production (which prints the first Admin key), starts every peer on
# loopback over that same file, checks that they all answer the same data (the four reads and the fileFinding mutation,
# which every server answers with a new finding's id), then runs drive.mjs.
# ROUNDS, SECONDS_PER_RUN, WARMUP and OPS (see drive.mjs) and BASE_PORT (5710) tune it.
# BASELINE=<another checkout> also runs that checkout's Hamahang (e.g. a worktree at main) beside this one,
# on the same file with the same key, as one more server: the ratio column then compares the two builds.
# VARIANT_ENV="NAME=value ...[;NAME=value ...]" also runs this build again with those environment variables (runtime
# settings such as DOTNET_TieredPGO=0 or DOTNET_gcServer=0), once per ';'-separated set, measured the same way.
# SAME_DATA=warn goes on when a server answers different data (it says which), instead of stopping.
# NODE_PEERS=0 leaves the two Node peers out (no npm ci: better-sqlite3 compiles for many minutes on a busy machine).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$here/out"
port=${BASE_PORT:-5710}
mkdir -p "$out"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

echo "== publishing (Release)"
dotnet publish "$root/api" -c Release -o "$out/api" --nologo -v q
dotnet publish "$root/bench/Hamahang.Bench.Http" -c Release -o "$out/peers" --nologo -v q
baseline=${BASELINE:-}
if [ -n "$baseline" ]; then
  dotnet publish "$baseline/api" -c Release -o "$out/api-baseline" --nologo -v q
  baseline_name="Hamahang at $(git -C "$baseline" rev-parse --short HEAD) (BASELINE)"
fi
node_peers=()
[ "${NODE_PEERS:-1}" = 0 ] || node_peers=(graphql-js mercurius)
for peer in "${node_peers[@]}"; do
  dir="$here/node/$peer"
  # npm ci again only when the lock file changed (better-sqlite3 compiles for a minute or two).
  if ! cmp -s "$dir/package-lock.json" "$dir/node_modules/.bench-lock" 2>/dev/null; then
    (cd "$dir" && npm ci --no-audit --no-fund) && cp "$dir/package-lock.json" "$dir/node_modules/.bench-lock"
  fi
done

db="$out/bench.db"
rm -f "$db" "$db-shm" "$db-wal"
wait_for() { # url
  for _ in $(seq 1 240); do curl -s -o /dev/null -X POST "$1" && return 0; sleep 0.5; done
  echo "no answer from $1" >&2; exit 1
}

echo "== starting Hamahang (Production, fresh SQLite file $db)"
(cd "$out/api" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$((port + 1))" \
  ConnectionStrings__Hamahang="Data Source=$db" RateLimits__Enabled=false dotnet Hamahang.Api.dll) > "$out/hamahang.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$((port + 1))/graphql"
for _ in $(seq 1 60); do grep -q "first Admin API key" "$out/hamahang.log" && break; sleep 0.5; done
key=$(grep -A1 "first Admin API key" "$out/hamahang.log" | tail -1 | tr -d '[:space:]')
[ -n "$key" ] || { echo "Hamahang printed no Admin key" >&2; exit 1; }

if [ -n "$baseline" ]; then
  echo "== starting $baseline_name on the same file"
  (cd "$out/api-baseline" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$((port + 5))" \
    ConnectionStrings__Hamahang="Data Source=$db" RateLimits__Enabled=false dotnet Hamahang.Api.dll) > "$out/hamahang-baseline.log" 2>&1 &
  pids+=($!)
  wait_for "http://127.0.0.1:$((port + 5))/graphql"
fi

# VARIANT_ENV: one or more sets of runtime settings separated by ';', each run as one more Hamahang (ports +6, +7, ...).
IFS=';' read -r -a variants <<< "${VARIANT_ENV:-}"
for i in "${!variants[@]}"; do
  variant=${variants[$i]}
  echo "== starting Hamahang with $variant on the same file"
  # shellcheck disable=SC2086 # the variables are meant to split into NAME=value words
  (cd "$out/api" && exec env $variant ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$((port + 6 + i))" \
    ConnectionStrings__Hamahang="Data Source=$db" RateLimits__Enabled=false dotnet Hamahang.Api.dll) > "$out/hamahang-variant-$i.log" 2>&1 &
  pids+=($!)
  wait_for "http://127.0.0.1:$((port + 6 + i))/graphql"
done

echo "== starting the peers on the same file"
offset=2
for peer in "${node_peers[@]}"; do
  (exec node "$here/node/$peer/server.mjs" $((port + offset)) "$db") > "$out/$peer.log" 2>&1 &
  pids+=($!)
  offset=$((offset + 1))
done
(cd "$out/peers" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$((port + 4))" \
  ConnectionStrings__Hamahang="Data Source=$db" dotnet Hamahang.Bench.Http.dll) > "$out/dotnet-peers.log" 2>&1 &
pids+=($!)
for p in $([ ${#node_peers[@]} = 0 ] || echo 2 3) 4; do wait_for "http://127.0.0.1:$((port + p))/graphql"; done

reads=(districts meetings node filtered)
ops=("${reads[@]}" fileFinding)
url() { echo "http://127.0.0.1:$((port + $1))$2"; }
urls() { # port-offset path-for-op...
  local offset=$1; shift; local json="" op
  for op in "${ops[@]}"; do json+="\"$op\":\"$(url "$offset" "${1//\{op\}/$op}")\","; done
  echo "{${json%,}}"
}
hamahang() { # port-offset name
  echo " {\"name\":\"$2\",\"key\":\"$key\",\"urls\":$(urls "$1" /graphql)},"
}
cat > "$out/peers.json" <<JSON
[
$(hamahang 1 Hamahang)
$([ -z "$baseline" ] || hamahang 5 "$baseline_name")
$(for i in "${!variants[@]}"; do hamahang $((6 + i)) "Hamahang with ${variants[$i]}"; done)
$([ ${#node_peers[@]} = 0 ] || echo " {\"name\":\"graphql-js 17 + graphql-http\",\"urls\":$(urls 2 /graphql)},")
$([ ${#node_peers[@]} = 0 ] || echo " {\"name\":\"mercurius + graphql-jit\",\"urls\":$(urls 3 /graphql)},")
 {"name":"GraphQL.NET 8.8.5","urls":$(urls 4 /graphql)},
 {"name":"hand-written minimal API","urls":$(urls 4 "/hand/{op}")}
]
JSON

# fileFinding files a new finding each time: its id is checked to be a Finding's (base64 of "Finding:<n>") and replaced by a
# placeholder before the answers are compared.
answer() { # op url
  local got id
  got=$(curl -sf -H "Authorization: ApiKey $key" -H 'Content-Type: application/json' --data-binary "@$here/operations/$1.json" "$2" | jq -S -c .) || return 1
  if [ "$1" = fileFinding ]; then
    id=$(jq -r '.data.fileFinding.finding.id // empty' <<< "$got")
    [[ $(base64 -d <<< "$id" 2>/dev/null) =~ ^Finding:[0-9]+$ ]] || { echo "fileFinding: $2 answers no Finding id: $got" >&2; return 1; }
    got=$(jq -S -c '.data.fileFinding.finding.id = "<id>"' <<< "$got")
  fi
  echo "$got"
}
echo "== every server answers the same data"
for op in "${ops[@]}"; do
  expected=""
  for u in $(jq -r --arg op "$op" '.[].urls[$op]' "$out/peers.json"); do
    got=$(answer "$op" "$u") || { [ "${SAME_DATA:-}" = warn ] && continue || exit 1; }
    [ -z "$expected" ] && expected=$got
    [ "$got" = "$expected" ] || { echo "$op: $u answers differently:"; echo "$got" | head -c 400; echo; [ "${SAME_DATA:-}" = warn ] || exit 1; }
  done
  echo "$op: same $(echo "$expected" | wc -c) bytes of data from all"
done

echo "== load ($(nproc) cores, $(uptime | sed 's/.*load average/load average/'))"
node "$here/drive.mjs" "$out/peers.json" | tee "$out/results.md"
