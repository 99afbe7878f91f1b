#!/usr/bin/env bash
# The crash harness (tools/SteeringDashboard.CrashTest) against a Release publish of the app: RUNS times, writers write through
# the app's endpoints (status edits with evidence files, report submissions with attachments, figure imports), the app is
# killed with SIGKILL at a random moment, the store it left is checked, and the app is started again on it and checked.
# Usage: scripts/crash-test.sh [RUNS] (default 200). The data folder starts fresh: /tmp/steering-crash/data.
# Writes /tmp/steering-crash/result.json (every run) and the app's output to /tmp/steering-crash/data/app.log.
# PORT (default 5331) and METRICS_URL (default empty: off) choose where the app listens.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
runs="${1:-200}"
out=/tmp/steering-crash
rm -rf "$out/app" "$out/data"
mkdir -p "$out"
dotnet publish -c Release src/SteeringDashboard.Web -o "$out/app" >/dev/null
dotnet build -c Release tools/SteeringDashboard.CrashTest >/dev/null
dotnet run -c Release --no-build --project tools/SteeringDashboard.CrashTest -- \
  --app "$out/app/SteeringDashboard.Web.dll" --data "$out/data" --runs "$runs" --seconds 5 \
  --port "${PORT:-5331}" --metrics-url "${METRICS_URL:-}" --json "$out/result.json"
