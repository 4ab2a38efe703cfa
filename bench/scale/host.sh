# Sourced by latency.sh and soak.sh: publish the host once (Release) and start it in Production on a generated file.
# start_host FILE PORT [ENV...] sets host_pid, key (a new Admin key, made by the host's `keys create`) and url.
scale_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$scale_dir/../.." && pwd)
out="$scale_dir/out"
mkdir -p "$out"
host_pids=()
stop_hosts() { for pid in "${host_pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; host_pids=(); }
trap stop_hosts EXIT

publish_host() {
  echo "== publishing the host (Release) to $out/api"
  dotnet publish "$root/api" -c Release -o "$out/api" --nologo -v q
}

start_host() { # FILE PORT [NAME=value ...]
  local file port=$2
  file=$(realpath "$1")
  shift 2
  local env=(ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Hamahang="Data Source=$file" RateLimits__Enabled=false "$@")
  # `keys create` migrates the file first, as the host would (an index added since the file was generated is built here).
  key=$(cd "$out/api" && env "${env[@]}" dotnet Hamahang.Api.dll keys create --role Admin --name scale | tail -1 | tr -d '[:space:]')
  [ -n "$key" ] || { echo "no Admin key for $file" >&2; return 1; }
  url="http://127.0.0.1:$port/graphql"
  (cd "$out/api" && exec env "${env[@]}" ASPNETCORE_URLS="http://127.0.0.1:$port" dotnet Hamahang.Api.dll) > "$out/host-$port.log" 2>&1 &
  host_pid=$!
  host_pids+=("$host_pid")
  for _ in $(seq 1 240); do
    kill -0 "$host_pid" 2>/dev/null || { echo "the host exited (see $out/host-$port.log)" >&2; return 1; }
    curl -s -o /dev/null -X POST "$url" && return 0
    sleep 0.5
  done
  echo "no answer from $url (see $out/host-$port.log)" >&2
  return 1
}

post() { # BODY-JSON: the response body
  curl -s -X POST "$url" -H 'Content-Type: application/json' -H "Authorization: ApiKey $key" --data-binary "$1"
}
