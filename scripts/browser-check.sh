#!/usr/bin/env bash
# The browser check, repeated: 20 Chromium pages signed in as the committee member on today's dashboard, the standing
# agency's 5 saves in the edit dialog, against the app published as deployed (Release, compiled ahead of time) on a fresh
# SQLite database (the demo data). The app is started again for each run, so every run's first save is the first after a
# start. Usage: scripts/browser-check.sh [RUNS] [PAGES]  (5 runs of 20 pages when not given)
# Publishes the app into /tmp/steering-browser/app; writes run-N.json (the client's result), client-N.log and app-N.log
# there. Prints each run's slowest page per save, then the first saves and the slowest of the later ones.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=lib/load-app.sh
source "$root/scripts/lib/load-app.sh"
cd "$root"
runs="${1:-5}"
pages="${2:-20}"
out=/tmp/steering-browser
url=http://localhost:5169
mkdir -p "$out"
publish_load_app "$root" "$out/app"
dotnet build -c Release tools/SteeringDashboard.LoadTest >/dev/null
first=()
later=()
missed=0
for run in $(seq 1 "$runs"); do
  rm -f "$out/run-$run.json"
  start_load_app "$out/app" "$out/steering.db" "$url" "$out/app-$run.log"
  dotnet run -c Release --no-build --project tools/SteeringDashboard.LoadTest -- \
    --url "$url" "${load_client_accounts[@]}" --route / --browser-pages "$pages" --changes 5 --json "$out/run-$run.json" >"$out/client-$run.log" 2>&1 \
    || echo "The client exited with $? in run $run: see $out/client-$run.log and $out/app-$run.log."
  kill "$app"
  wait "$app" 2>/dev/null || true
  # The client's line per save: "Change 1/5: 20 pages changed, slowest after 412 ms; 0 missed."
  mapfile -t slowest < <(sed -nE 's/^Change [0-9]+\/[0-9]+: .*slowest after ([0-9]+) ms.*/\1/p' "$out/client-$run.log")
  missed=$((missed + $(sed -nE 's/^Change [0-9]+\/[0-9]+: .* ([0-9]+) missed.*/\1/p' "$out/client-$run.log" | awk '{ s += $1 } END { print s + 0 }')))
  echo "Run $run: slowest page per save ${slowest[*]:-none} ms"
  if [ "${#slowest[@]}" -gt 0 ]; then
    first+=("${slowest[0]}")
    later+=("${slowest[@]:1}")
  fi
done
over=0
for ms in "${first[@]}"; do
  if [ "$ms" -gt 1000 ]; then over=$((over + 1)); fi
done
echo "First saves: ${first[*]:-none} ms ($over of ${#first[@]} over 1 s)"
echo "Later saves: at most $(printf '%s\n' "${later[@]:-0}" | sort -n | tail -1) ms of ${#later[@]}"
echo "Missed: $missed"
