# Starting the app for the load scripts; sourced by scripts/load-test.sh, scripts/load-runtime.sh and
# scripts/browser-check.sh.

# The demo accounts the load client signs in with: the committee member who watches and the standing agency who saves.
load_client_accounts=(
  --user committee --password member-demo-138TP
  --writer police --writer-password standing-demo-138TP --writer-totp-key STEERINGSTANDINGAGENCYDEMOKEYHNA
)

# Publishes the app as it is deployed (Release, compiled ahead of time for Linux x64: docs/deploy.md) into the given folder.
# Arguments: the repository root and the folder.
publish_load_app() {
  dotnet publish "$1/src/SteeringDashboard.Web" -c Release -o "$2" --nologo -v quiet >/dev/null
}

# Starts the published app in Development (the demo data and accounts) on a fresh SQLite database and waits up to 120 s
# for /health; sets $app to its process id. When the app does not answer in time, it is stopped and the function fails
# (scripts with set -e stop there; load-runtime.sh exits on it). Arguments: the folder publish_load_app wrote, the database file, the URL
# and the log file; any further NAME=VALUE arguments go to the app's environment, which also inherits the caller's
# (runtime settings to compare, e.g. DOTNET_gcForceCompact=1).
start_load_app() {
  local published="$1" database="$2" url="$3" log="$4" attempt
  shift 4
  rm -f "$database" "$database-wal" "$database-shm"
  env ASPNETCORE_ENVIRONMENT=Development \
    ConnectionStrings__Steering="Data Source=$database" "$@" \
    dotnet "$published/SteeringDashboard.Web.dll" --contentRoot "$published" --urls "$url" >"$log" 2>&1 &
  app=$!
  for attempt in $(seq 1 120); do
    curl -fsS "$url/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "The app did not answer $url/health within $attempt s: see $log." >&2
  kill "$app" 2>/dev/null || true
  return 1
}
