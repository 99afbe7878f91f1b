#!/usr/bin/env bash
# The crash harness (tools/SteeringDashboard.CrashTest) against a Release publish of the app: RUNS times, writers write through
# the app's endpoints (status edits with evidence files, report submissions with attachments, figure imports), the app is
# killed with SIGKILL at a random moment, the store it left is checked, and the app is started again on it and checked.
# Usage: scripts/crash-test.sh [RUNS] [INSTANCES]: RUNS (default 200) split over INSTANCES harnesses (default 4) run side by
# side, each with its own app, port (PORT, PORT+1, …; PORT defaults to 5331) and fresh data folder /tmp/steering-crash/data-N.
# Writes /tmp/steering-crash/result-N.json (updated after every run) and each app's output to data-N/app.log.
# METRICS_URL (default empty: off) is given to every app.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
runs="${1:-200}"
instances="${2:-4}"
port="${PORT:-5331}"
out=/tmp/steering-crash
rm -rf "$out"
mkdir -p "$out"
dotnet publish -c Release src/SteeringDashboard.Web -o "$out/app" >/dev/null
dotnet build -c Release tools/SteeringDashboard.CrashTest >/dev/null
pids=()
for n in $(seq 1 "$instances"); do
  share=$(( runs / instances + (n <= runs % instances ? 1 : 0) ))
  dotnet tools/SteeringDashboard.CrashTest/bin/Release/net10.0/SteeringDashboard.CrashTest.dll \
    --app "$out/app/SteeringDashboard.Web.dll" --data "$out/data-$n" --runs "$share" --seconds 3 \
    --port $(( port + n - 1 )) --metrics-url "${METRICS_URL:-}" --json "$out/result-$n.json" >"$out/harness-$n.log" 2>&1 &
  pids+=("$!")
done
status=0
for n in $(seq 1 "$instances"); do
  wait "${pids[$((n - 1))]}" || status=1
  echo "Harness $n: $(tail -n 1 "$out/harness-$n.log")"
done
exit "$status"
