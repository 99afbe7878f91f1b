#!/usr/bin/env bash
# Runs the whole test suite, browser tests included, then the Core tests again on PostgreSQL (a throwaway cluster of
# its own), and ends with one plain line: "N passed, N failed".
# Exits non-zero when a test failed, errored, timed out or was aborted, when a test project wrote no report
# (its test process died), when the reports disagree with the test platform's own totals, when the build
# failed, or when no test ran.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=lib/trx.sh
source "$root/scripts/lib/trx.sh"

export DOTNET_NOLOGO=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1

trx_self_check

# The browser tests drive Debian's Chromium; Playwright cannot download a browser here.
if [[ ! -x /usr/bin/chromium ]]; then
  echo "Installing Chromium for the browser tests..."
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

# PostgreSQL for the second run of the Core tests: a cluster of this script's own, as the postgres user, on a free
# loopback port in a temporary folder, stopped and removed when the script ends. STEERING_TEST_POSTGRES names it.
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
as_postgres() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    sudo -u postgres "$@"
  fi
}
if [[ -z "$(pg_bin)" ]]; then
  echo "Installing PostgreSQL for the tests on PostgreSQL..."
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
fi
pg_dir="$(mktemp -d /tmp/steering-test-pg.XXXXXX)"
pg_port=""
stop_postgres() {
  if [[ -n "$pg_port" ]]; then
    as_postgres "$(pg_bin)/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$pg_dir"
}
trap stop_postgres EXIT
mkdir -p "$pg_dir/sock"
chown -R postgres:postgres "$pg_dir" 2>/dev/null || sudo chown -R postgres:postgres "$pg_dir"
# The port is taken below the kernel's range for outgoing connections' local ports: a port in that range can be held by a
# connection (e.g. one of the many a load run leaves closing), which no probe for a listener sees, and the server then
# cannot bind it. A port another program listens on is skipped; one that still cannot be bound is given up for the next.
ephemeral_start=$(cut -f1 /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
if [[ $ephemeral_start -le 21000 ]]; then
  ephemeral_start=32768
fi
free_port() {
  local candidate
  for _ in $(seq 1 20); do
    candidate=$((20000 + RANDOM % (ephemeral_start - 20000)))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}
# fsync off: the cluster lives for one run; its data need not survive a crash.
if as_postgres "$(pg_bin)/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C >"$pg_dir/initdb.log" 2>&1; then
  for _ in 1 2 3; do
    pg_port=$(free_port) || { pg_port=""; break; }
    if as_postgres "$(pg_bin)/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir/sock -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null; then
      break
    fi
    echo "PostgreSQL could not start on port $pg_port; trying another."
    pg_port=""
  done
fi
if [[ -z "$pg_port" ]]; then
  echo "PostgreSQL did not start for the tests:"
  cat "$pg_dir/initdb.log" "$pg_dir/server.log" 2>/dev/null || true
fi
if [[ -n "$pg_port" ]]; then
  export STEERING_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres"
  echo "PostgreSQL for the tests on 127.0.0.1:$pg_port"
fi

results="$root/TestResults"
rm -rf "$results"
mkdir -p "$results"

status=0
# Locked restore: the packages are exactly those in each project's packages.lock.json, or the run fails.
dotnet restore SteeringDashboard.sln --locked-mode || status=$?
if [[ $status -eq 0 ]]; then
  dotnet build SteeringDashboard.sln --no-restore || status=$?
fi

passed=0
failed=0
projects=(tests/*/*.Tests.csproj)

# Runs one test project into its own results folder and adds its counts. Arguments: the results folder's name, the
# project, then "env" arguments for the run (e.g. -u VARIABLE) and -- and extra dotnet test arguments.
run_project() {
  local name=$1 project=$2
  shift 2
  local environment=()
  while [[ $# -gt 0 && "$1" != "--" ]]; do
    environment+=("$1")
    shift
  done
  [[ $# -gt 0 ]] && shift
  mkdir -p "$results/$name"
  local project_status=0
  # The time limit turns a hang into a failure with a summary line.
  env "${environment[@]}" timeout --kill-after=60s 40m \
    dotnet test --project "$project" --no-build \
      --results-directory "$results/$name" \
      --report-xunit-trx "$@" \
    2>&1 | tee "$results/$name/output.log" || project_status=$?
  local reports total project_passed project_failed reported
  read -r reports total project_passed project_failed < <(trx_totals "$results/$name")
  if [[ $reports -eq 0 ]]; then
    echo "$name wrote no test results: its test process stopped before its end."
    project_failed=$((project_failed + 1))
  fi
  reported=$(platform_total "$results/$name/output.log")
  if [[ $reports -ne 0 && "$reported" != "$total" ]]; then
    echo "$name: the test platform reported ${reported:-no} total but its results file holds $total tests."
    project_failed=$((project_failed + 1))
  fi
  if [[ $project_status -ne 0 ]]; then
    echo "dotnet test exited with code $project_status for $name."
    status=$project_status
  fi
  passed=$((passed + project_passed))
  failed=$((failed + project_failed))
}

core=tests/SteeringDashboard.Core.Tests/SteeringDashboard.Core.Tests.csproj
if [[ $status -eq 0 ]]; then
  # One project at a time, each with its own results folder: reports never share a name, and a project's
  # browser tests with their time bounds do not compete with another test process for the two cores.
  # The Core tests run on SQLite first (without the variable), then on PostgreSQL; the tests of PostgreSQL itself
  # (its backplane, the copy into it) run in the second run only, those of SQLite itself in the first only.
  for project in "${projects[@]}"; do
    if [[ "$project" == "$core" ]]; then
      run_project "$(basename "$project" .csproj)" "$project" -u STEERING_TEST_POSTGRES -- --filter-not-trait "Database=PostgreSqlOnly"
    else
      run_project "$(basename "$project" .csproj)" "$project"
    fi
  done
  if [[ -n "$pg_port" ]]; then
    run_project SteeringDashboard.Core.Tests.PostgreSQL "$core" -- --filter-not-trait "Database=SqliteOnly"
  else
    echo "The Core tests did not run on PostgreSQL."
    failed=$((failed + 1))
  fi
else
  echo "The restore or the build failed with code $status."
fi

if [[ $status -eq 0 && $passed -eq 0 ]]; then
  echo "No test ran."
fi

echo "$passed passed, $failed failed"

if [[ $status -ne 0 || $failed -ne 0 || $passed -eq 0 ]]; then
  exit 1
fi
