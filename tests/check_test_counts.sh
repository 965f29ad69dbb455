#!/usr/bin/env bash
# Fails when a test binary registered no tests with ctest, or fewer than it contains: a
# binary whose cases were not discovered (a broken main, a missing platform plugin, a test
# name that ctest splits) must not pass silently.
set -euo pipefail
build_dir=${1:-build}
listing=$(cd "$build_dir" && ctest -N)
status=0
while read -r prefix binary; do
    [ -n "$prefix" ] || continue
    count=$(grep -cE "Test +#[0-9]+: ${prefix}:" <<<"$listing" || true)
    line="test binary '${prefix}': ${count} tests registered"
    if [ -n "${binary:-}" ]; then
        own=$(QT_QPA_PLATFORM=offscreen "$binary" --list-test-names-only 2>/dev/null | grep -c . || true)
        line="$line, ${own} in the binary"
        if [ "$own" -ne "$count" ]; then
            echo "error: '${prefix}' has ${own} test cases but ctest registered ${count}" >&2
            status=1
        fi
    fi
    echo "$line"
    if [ "$count" -eq 0 ]; then
        echo "error: no tests registered for '${prefix}'" >&2
        status=1
    fi
done <"$build_dir/test-binaries.txt"
exit $status
