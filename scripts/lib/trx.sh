# Reading TRX reports and the test platform's summaries; sourced by scripts/test.sh.

# A value of the first <Counters> element of a TRX file, 0 when absent.
trx_counter() {
  local value
  value=$(grep -o '<Counters [^>]*>' "$2" | head -n 1 | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]\+' || true)
  echo "${value:-0}"
}

# Sums the counters of every TRX file under a folder, however many share a file name:
# prints "reports total passed failed", where failed counts failed, error, timeout and aborted tests.
trx_totals() {
  local reports=0 total=0 passed=0 failed=0 trx outcome
  while IFS= read -r -d '' trx; do
    reports=$((reports + 1))
    total=$((total + $(trx_counter total "$trx")))
    passed=$((passed + $(trx_counter passed "$trx")))
    for outcome in failed error timeout aborted; do
      failed=$((failed + $(trx_counter "$outcome" "$trx")))
    done
  done < <(find "$1" -type f -name '*.trx' -print0)
  echo "$reports $total $passed $failed"
}

# The "total:" of the test platform's closing summary in a test run's output, empty when it printed none.
platform_total() {
  sed 's/\x1b\[[0-9;]*m//g' "$1" | grep -A6 '^Test run summary' | grep -o '^ *total: *[0-9]\+' | grep -o '[0-9]\+' | tail -n 1 || true
}

# Checks the counting above on two reports with the same file name in two folders and on a platform summary;
# an undercount here would make every later count wrong, so it stops the run.
trx_self_check() {
  local dir
  dir=$(mktemp -d)
  mkdir -p "$dir/Alpha.Tests" "$dir/Beta.Tests"
  printf '<TestRun><ResultSummary outcome="Completed"><Counters total="3" executed="3" passed="2" failed="1" error="0" timeout="0" aborted="0" /></ResultSummary></TestRun>\n' \
    > "$dir/Alpha.Tests/user_host_2026-01-01_00_00_00.000000.trx"
  printf '<TestRun><ResultSummary outcome="Aborted"><Counters total="6" executed="5" passed="4" failed="0" error="0" timeout="1" aborted="1" /></ResultSummary></TestRun>\n' \
    > "$dir/Beta.Tests/user_host_2026-01-01_00_00_00.000000.trx"
  printf 'Test run summary: Failed!\n  total: 9\n  failed: 3\n  succeeded: 6\n  skipped: 0\n' > "$dir/output.log"
  local totals summary
  totals=$(trx_totals "$dir")
  summary=$(platform_total "$dir/output.log")
  rm -rf "$dir"
  if [[ "$totals" != "2 9 6 3" || "$summary" != "9" ]]; then
    echo "The test script's own check failed: two reports of the same name counted as '$totals' (expected '2 9 6 3'), platform total '$summary' (expected '9')."
    return 1
  fi
}
