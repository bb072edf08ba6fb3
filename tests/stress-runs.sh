#!/usr/bin/env bash
# Runs the whole test suite many times in a row while busy loops keep every core loaded, and prints which tests failed
# at least once and how often. It finds tests that depend on timing; it is not part of CI (it takes over an hour).
#
#   tests/stress-runs.sh [runs] [-- extra dotnet test arguments]
#   tests/stress-runs.sh --report DIR     the table again, for the runs a stopped or finished call left in DIR
#
#   runs          how many times to run the suite (default 20)
#   STRESS_LOAD   busy loops to start beside the suite (default: one per core); 0 runs the suite on an idle machine
#   STRESS_OUT    where the results go (default TestResults/stress-<time>): one folder of .trx files per run,
#                 runs.tsv (run, exit code, seconds) and failures.tsv (test, failed runs)
#
# A run that hangs is stopped by the test host after STRESS_HANG_TIMEOUT (default 10m) and counts as failed.
# A failing CsCheck property prints its seed in the .trx file; set CsCheck_Seed to that seed to run it again.
set -euo pipefail
cd "$(dirname "$0")/.."

report() {
  python3 - "$1" <<'PY'
import sys, glob, os, collections, xml.etree.ElementTree as ET
out = sys.argv[1]
finished = [line.split("\t") for line in open(os.path.join(out, "runs.tsv")).read().splitlines()[1:]]
runs = [int(run) for run, _, _ in finished]
failures = collections.Counter()
executed = collections.Counter()
for run in runs:
    failed_this_run = set()
    for path in glob.glob(os.path.join(out, f"run-{run}", "*.trx")):
        for result in ET.parse(path).getroot().findall(".//{*}UnitTestResult"):
            executed[run] += 1
            if result.get("outcome") == "Failed":
                failed_this_run.add(result.get("testName"))
    failures.update(failed_this_run)
with open(os.path.join(out, "failures.tsv"), "w") as table:
    table.write("test\tfailed runs\n")
    for name, count in failures.most_common():
        table.write(f"{name}\t{count}\n")
failed_runs = sum(1 for _, status, _ in finished if status != "0")
seconds = [int(s) for _, _, s in finished]
print(f"\n{len(runs)} runs, {failed_runs} of them with a failure; {min(seconds, default=0)}-{max(seconds, default=0)} s a run; "
      f"tests executed per run: {sorted(set(executed.values())) or [0]}")
if not failures:
    print("No test failed in any run.")
else:
    print(f"{len(failures)} tests failed at least once:")
    print(f"{'failed runs':>11}  test")
    for name, count in failures.most_common():
        print(f"{count:>5} / {len(runs):<3}  {name}")
PY
}

if [ "${1:-}" = "--report" ]; then
  [ -f "${2:-}/runs.tsv" ] || { echo "stress-runs.sh: --report needs a folder holding runs.tsv, got '${2:-}'" >&2; exit 2; }
  report "$2"
  exit 0
fi

runs=20
if [ $# -gt 0 ] && [ "$1" != "--" ]; then
  runs=$1
  shift
fi
[ "${1:-}" = "--" ] && shift
case "$runs" in
  '' | *[!0-9]*) echo "stress-runs.sh: runs must be a whole number, got '$runs'" >&2; exit 2 ;;
esac

load=${STRESS_LOAD:-$(nproc)}
out=${STRESS_OUT:-TestResults/stress-$(date -u +%Y%m%dT%H%M%SZ)}
hang=${STRESS_HANG_TIMEOUT:-10m}
mkdir -p "$out"
out=$(cd "$out" && pwd)

dotnet build JobAggregator.sln --configuration Release

loops=()
stop_load() { [ ${#loops[@]} -eq 0 ] || kill "${loops[@]}" 2>/dev/null || true; }
trap stop_load EXIT
for _ in $(seq 1 "$load"); do
  (while :; do :; done) &
  loops+=($!)
done
echo "stress-runs.sh: $runs runs with $load busy loops beside them; results in $out"

printf 'run\texit\tseconds\n' >"$out/runs.tsv"
for run in $(seq 1 "$runs"); do
  started=$(date +%s)
  status=0
  dotnet test JobAggregator.sln --configuration Release --no-build \
    --logger trx --results-directory "$out/run-$run" \
    --blame-hang --blame-hang-timeout "$hang" --blame-hang-dump-type none "$@" \
    >"$out/run-$run.log" 2>&1 || status=$?
  seconds=$(($(date +%s) - started))
  printf '%s\t%s\t%s\n' "$run" "$status" "$seconds" >>"$out/runs.tsv"
  echo "run $run of $runs: exit $status in ${seconds}s"
done
stop_load

report "$out"
