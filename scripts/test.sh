#!/usr/bin/env bash
# Runs the whole test suite, browser tests included, and ends with one plain line: "N passed, N failed".
# Exits non-zero when a test failed, when dotnet test failed (a build error included) or when no test ran.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

export DOTNET_NOLOGO=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1

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

results="$root/TestResults"
rm -rf "$results"
mkdir -p "$results"

# The time limit turns a hang into a failure with a summary line.
status=0
timeout --kill-after=60s 40m \
  dotnet test --solution SteeringDashboard.sln \
    --results-directory "$results" \
    --report-xunit-trx \
  || status=$?

# A value of the first <Counters> element of a TRX file, 0 when absent.
counter() {
  local value
  value=$(grep -o '<Counters [^>]*>' "$2" | head -n 1 | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]\+' || true)
  echo "${value:-0}"
}

passed=0
failed=0
shopt -s nullglob
# Each test project writes one TRX file; a project whose test process died writes none, and its tests count as failed.
projects=(tests/*/*.Tests.csproj)
reports=("$results"/*.trx)
if [[ ${#reports[@]} -lt ${#projects[@]} ]]; then
  echo "Only ${#reports[@]} of ${#projects[@]} test projects wrote results: a test process stopped before its end."
  failed=$((failed + ${#projects[@]} - ${#reports[@]}))
fi

for trx in "${reports[@]}"; do
  passed=$((passed + $(counter passed "$trx")))
  for outcome in failed error timeout aborted; do
    failed=$((failed + $(counter "$outcome" "$trx")))
  done
done

if [[ $status -ne 0 ]]; then
  echo "dotnet test exited with code $status."
elif [[ $passed -eq 0 ]]; then
  echo "No test ran."
fi

echo "$passed passed, $failed failed"

if [[ $status -ne 0 || $failed -ne 0 || $passed -eq 0 ]]; then
  exit 1
fi
