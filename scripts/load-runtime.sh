#!/usr/bin/env bash
# The load client against the app published as deployed (Release, compiled ahead of time) on a fresh SQLite database,
# reading the app's own runtime meters (its Prometheus listener) when the first change has reached every circuit and after
# the last: JIT time, GC pause time, CPU time and bytes allocated per change over changes 2 to M, next to the client's
# latencies. M must be 2 or more.
# Runtime settings to compare go in the environment, e.g.
#   DOTNET_TieredPGO=1 scripts/load-runtime.sh 500 10
#   DOTNET_gcForceCompact=1 scripts/load-runtime.sh 500 10
# (they reach the app only: the client runs with the defaults). Build the client first: dotnet build -c Release
# tools/SteeringDashboard.LoadTest. Publishes the app into /tmp/steering-runtime/app and writes
# /tmp/steering-runtime/{app.log,client.log,load.json}.
set -u
circuits=$1
changes=$2
if [ "$changes" -lt 2 ]; then
  echo "Give at least 2 changes: the figures are per change after the first." >&2
  exit 2
fi
root="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=lib/load-app.sh
source "$root/scripts/lib/load-app.sh"
out=/tmp/steering-runtime
url=http://localhost:5190
metrics=http://127.0.0.1:9480
mkdir -p "$out"
rm -f "$out/load.json" "$out/client.log"
cd "$root"
publish_load_app "$root" "$out/app"
# This script runs without set -e (it reads the meters while the client runs), so a start that fails stops it here.
start_load_app "$out/app" "$out/steering.db" "$url" "$out/app.log" Metrics__Url="$metrics" || exit 1
env -u DOTNET_TieredPGO -u DOTNET_TieredCompilation -u DOTNET_TC_QuickJit -u DOTNET_gcForceCompact \
  dotnet run -c Release --no-build --project tools/SteeringDashboard.LoadTest -- \
    --url "$url" "${load_client_accounts[@]}" --metrics-url "$metrics/metrics" --route / --circuits "$circuits" --changes "$changes" --json "$out/load.json" >"$out/client.log" 2>&1 &
client=$!
meters() {
  curl -s "$metrics/metrics" | awk '/^dotnet_jit_compilation_time_seconds_total/ { jit = $2 }
    /^dotnet_gc_pause_time_seconds_total/ { gc = $2 } /^dotnet_process_cpu_time_seconds_total/ { cpu += $2 }
    /^dotnet_gc_heap_total_allocated_bytes_total/ { allocated = $2 }
    END { print jit, gc, cpu, allocated }'
}
until grep -q "Change 1/" "$out/client.log" 2>/dev/null || ! kill -0 "$client" 2>/dev/null; do sleep 0.2; done
first=$(meters)
until grep -q "Change $changes/$changes" "$out/client.log" 2>/dev/null || ! kill -0 "$client" 2>/dev/null; do sleep 0.2; done
last=$(meters)
wait "$client"
kill "$app"
wait "$app" 2>/dev/null
echo "$first $last" | awk -v m="$((changes - 1))" '{ printf "per change after the first: JIT %.0f ms, GC pause %.0f ms, app CPU %.0f ms, allocated %.1f MB\n",
  ($5-$1)*1000/m, ($6-$2)*1000/m, ($7-$3)*1000/m, ($8-$4)/1048576/m }'
grep "^Change" "$out/client.log"
cat "$out/load.json"
