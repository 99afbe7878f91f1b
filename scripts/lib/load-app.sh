# Starting the app for the load scripts; sourced by scripts/load-test.sh and scripts/load-runtime.sh.

# Starts the Release build of the app in Development (the demo data and accounts) on a fresh SQLite database and waits up
# to 120 s for /health; sets $app to its process id. Arguments: the repository root, the database file, the URL and the
# log file; any further NAME=VALUE arguments go to the app's environment, which also inherits the caller's (runtime
# settings to compare, e.g. DOTNET_gcForceCompact=1).
start_load_app() {
  local root="$1" database="$2" url="$3" log="$4" attempt
  shift 4
  rm -f "$database" "$database-wal" "$database-shm"
  env ASPNETCORE_ENVIRONMENT=Development \
    ConnectionStrings__Steering="Data Source=$database" "$@" \
    dotnet "$root/src/SteeringDashboard.Web/bin/Release/net10.0/SteeringDashboard.Web.dll" \
    --contentRoot "$root/src/SteeringDashboard.Web" --urls "$url" >"$log" 2>&1 &
  app=$!
  for attempt in $(seq 1 120); do
    curl -fsS "$url/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "The app did not answer $url/health within $attempt s: see $log." >&2
}
