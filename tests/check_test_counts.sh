#!/usr/bin/env bash
# Fails when a test binary registered no tests with ctest: a binary whose cases were not
# discovered (a broken main, a missing platform plugin) must not pass silently.
set -euo pipefail
build_dir=${1:-build}
listing=$(cd "$build_dir" && ctest -N)
status=0
while read -r prefix; do
    [ -n "$prefix" ] || continue
    count=$(grep -cE "Test +#[0-9]+: ${prefix}:" <<<"$listing" || true)
    echo "test binary '${prefix}': ${count} tests registered"
    if [ "$count" -eq 0 ]; then
        echo "error: no tests registered for '${prefix}'" >&2
        status=1
    fi
done <"$build_dir/test-binaries.txt"
exit $status
