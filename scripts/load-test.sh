#!/usr/bin/env bash
# The load client against the app published as deployed (Release, compiled ahead of time) on a fresh SQLite database (the
# demo data), the app restarted for each size: the committee member watches today's dashboard, the standing agency saves
# 5 changes. Usage: scripts/load-test.sh 20 100 500
# Publishes the app into /tmp/steering-load/app; writes /tmp/steering-load/load-N.json (the client's result), client-N.log
# and app-N.log.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=lib/load-app.sh
source "$root/scripts/lib/load-app.sh"
cd "$root"
out=/tmp/steering-load
url=http://localhost:5169
mkdir -p "$out"
publish_load_app "$root" "$out/app"
dotnet build -c Release tools/SteeringDashboard.LoadTest >/dev/null
for n in "$@"; do
  rm -f "$out/load-$n.json"
  start_load_app "$out/app" "$out/steering.db" "$url" "$out/app-$n.log"
  dotnet run -c Release --no-build --project tools/SteeringDashboard.LoadTest -- \
    --url "$url" "${load_client_accounts[@]}" --route / --circuits "$n" --changes 5 --json "$out/load-$n.json" >"$out/client-$n.log" 2>&1 || echo "The client exited with $? for $n circuits."
  cat "$out/load-$n.json" 2>/dev/null || echo "No result for $n circuits: see $out/client-$n.log and $out/app-$n.log."
  echo
  kill "$app"
  wait "$app" 2>/dev/null || true
done
