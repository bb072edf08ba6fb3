#!/usr/bin/env bash
# Runs every test of the solution: unit, store contract and end-to-end tests.
# Needs the .NET SDK (see global.json); packages restore from the NuGet registry. Installs RabbitMQ's server
# (Debian's rabbitmq-server), chromium (for the browser tests) and prometheus (for the telemetry tests), as root, when
# they are missing.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET SDK is not on PATH; install the version named in global.json" >&2
  exit 1
fi

# The distributed-mode tests start throwaway RabbitMQ nodes of their own, on free ports: the server must be
# installed, not running.
if ! command -v rabbitmq-server >/dev/null 2>&1 && [ ! -x /usr/sbin/rabbitmq-server ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: installing rabbitmq-server for the distributed-mode tests"
    apt-get update
    # The package then tries to start a machine-wide node: without systemd, or where policy-rc.d denies it, that
    # fails, and where it succeeds that node keeps its default ports, which the tests do not use. Either way only the
    # installed server matters.
    DEBIAN_FRONTEND=noninteractive apt-get install -y rabbitmq-server || [ -x /usr/sbin/rabbitmq-server ]
  else
    echo "test.sh: RabbitMQ is needed for the distributed-mode tests and is not installed; install the rabbitmq-server" \
      "package (Debian: apt-get install -y rabbitmq-server) and run again" >&2
    exit 1
  fi
fi

# The web page's tests drive Debian's chromium through Playwright (never Playwright's own browser download).
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: installing chromium for the browser tests"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
  else
    echo "test.sh: the browser tests need Debian's chromium at /usr/bin/chromium; install the chromium package" \
      "(Debian: apt-get install -y chromium) and run again" >&2
    exit 1
  fi
fi

# The telemetry tests start Debian's prometheus (and run its promtool) on a port and data folder of their own. Without
# systemd the package's own server does not start, and where it does it keeps port 9090, which the tests do not use:
# only the installed binaries matter.
if [ ! -x /usr/bin/prometheus ] || [ ! -x /usr/bin/promtool ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: installing prometheus for the telemetry tests"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y prometheus || [ -x /usr/bin/prometheus ]
  else
    echo "test.sh: the telemetry tests need Debian's prometheus at /usr/bin/prometheus; install the prometheus package" \
      "(Debian: apt-get install -y prometheus) and run again" >&2
    exit 1
  fi
fi

results="$(pwd)/TestResults"
rm -rf "$results"
dotnet build JobAggregator.sln --configuration Release
# The code style is part of the build's contract: a file `dotnet format` would change fails the run.
dotnet format JobAggregator.sln --verify-no-changes --no-restore
# A failing test must not stop the summary below: the log's last lines then name what failed.
status=0
dotnet test JobAggregator.sln --configuration Release --no-build \
  --logger "console;verbosity=normal" --logger trx --results-directory "$results" || status=$?

# One closing block over every test project, read from the result files: each failed test with the first lines of its
# message, then the counts.
python3 - "$results" <<'PY' || true
import sys, glob, xml.etree.ElementTree as ET
passed = failed = skipped = 0
failures = []
for path in glob.glob(sys.argv[1] + "/*.trx"):
    root = ET.parse(path).getroot()
    counters = root.find(".//{*}Counters")
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0))
    # Skipped tests count in total but not in executed.
    skipped += int(counters.get("total", 0)) - int(counters.get("executed", 0))
    for result in root.findall(".//{*}UnitTestResult"):
        if result.get("outcome") == "Failed":
            message = result.findtext(".//{*}ErrorInfo/{*}Message") or ""
            stack = result.findtext(".//{*}ErrorInfo/{*}StackTrace") or ""
            failures.append((result.get("testName"), result.get("duration"), message, stack))
for name, duration, message, stack in failures:
    print(f"\nFAILED {name} ({duration})")
    for line in message.strip().splitlines()[:15]:
        print(f"  {line}")
    for line in stack.strip().splitlines()[:8]:
        print(f"  {line}")
print(f"\nTests: {passed} passed, {failed} failed, {skipped} skipped")
PY
exit "$status"
