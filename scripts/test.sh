#!/usr/bin/env bash
# Runs the whole test suite, browser tests included, and ends with one plain line: "N passed, N failed".
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
if [[ $status -eq 0 ]]; then
  # One project at a time, each with its own results folder: reports never share a name, and a project's
  # browser tests with their time bounds do not compete with another test process for the two cores.
  for project in "${projects[@]}"; do
    name=$(basename "$project" .csproj)
    mkdir -p "$results/$name"
    project_status=0
    # The time limit turns a hang into a failure with a summary line.
    timeout --kill-after=60s 40m \
      dotnet test --project "$project" --no-build \
        --results-directory "$results/$name" \
        --report-xunit-trx \
      2>&1 | tee "$results/$name/output.log" || project_status=$?
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
  done
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
