#!/usr/bin/env bash
# Runs every test of the solution: unit, store contract and end-to-end tests.
# Needs only the .NET SDK (see global.json); packages restore from the NuGet registry.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET SDK is not on PATH; install the version named in global.json" >&2
  exit 1
fi

results="$(pwd)/TestResults"
rm -rf "$results"
dotnet build JobAggregator.sln --configuration Release
dotnet test JobAggregator.sln --configuration Release --no-build \
  --logger "console;verbosity=normal" --logger trx --results-directory "$results"

# One closing line over every test project, read from the result files.
python3 - "$results" <<'PY' || true
import sys, glob, xml.etree.ElementTree as ET
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    counters = ET.parse(path).getroot().find(".//{*}Counters")
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0))
    skipped += int(counters.get("notExecuted", 0))
print(f"Tests: {passed} passed, {failed} failed, {skipped} skipped")
PY
