#!/usr/bin/env bash
# Measures the simulator's peak resident memory while N clients POST a large invoice at once
# (issue 7, "parallel large bodies exhaust memory"). Run from the repository root (it compiles
# acube-sandbox and its tests first, without running them).
# Usage: acube-sandbox/src/test/load-probe.sh [PARALLEL=16] [BYTES=15000000] [JVM options...]
# e.g.   acube-sandbox/src/test/load-probe.sh 16 15000000 -Xmx384m
# curl asks "Expect: 100-continue" for large bodies; NO_EXPECT=1 makes it send every body at once.
# Prints each client's status, then the server's VmHWM (peak RSS) and whether it is still alive.
set -euo pipefail
parallel=${1:-16}
bytes=${2:-15000000}
shift $(( $# < 2 ? $# : 2 ))
work=$(mktemp -d "${TMPDIR:-/tmp}/acube-load-probe.XXXXXX")
trap 'rm -rf "$work"' EXIT

# -am with test-compile, so that the sibling modules resolve to their target/classes (the last
# module built, acube-sandbox, writes the file last)
mvn -o -B -q -pl acube-sandbox -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$work/cp" -Dmdep.includeScope=test >/dev/null
cp="acube-sandbox/target/test-classes:acube-sandbox/target/classes:$(cat "$work/cp")"
java -cp "$cp" io.github.acubepl.sandbox.LoadProbe write-invoice "$work/invoice.json" "$bytes"

mkfifo "$work/in"
java "$@" -cp "$cp" io.github.acubepl.sandbox.LoadProbe serve <"$work/in" >"$work/out" 2>"$work/err" &
server=$!
exec 3>"$work/in"   # the server serves until this descriptor is closed
for _ in $(seq 1 600); do
  grep -q '^TOKEN=' "$work/out" 2>/dev/null && break
  sleep 0.1
done
base=$(sed -n 's/^BASE=//p' "$work/out")
token=$(sed -n 's/^TOKEN=//p' "$work/out")
[[ -n $token ]] || { echo "the server did not start:"; cat "$work/err"; exit 1; }
echo "server pid $server at $base; $parallel x $(stat -c %s "$work/invoice.json") bytes; JVM options: ${*:-none}"
grep VmHWM /proc/$server/status | sed 's/^/before: /'

for i in $(seq 1 "$parallel"); do
  curl -s -o "$work/reply.$i" -w "client $i: %{http_code}\n" --max-time 600 ${NO_EXPECT:+-H Expect:} \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    --data-binary @"$work/invoice.json" "$base/invoices" || echo "client $i: curl exit $?" &
done
wait $(jobs -p | grep -v "^$server\$") 2>/dev/null || true

if kill -0 "$server" 2>/dev/null; then
  grep VmHWM /proc/$server/status | sed 's/^/after: /'
  echo "server alive"
else
  echo "server died"; tail -5 "$work/err"
fi
grep -h -o '"detail":"[^"]\{0,80\}' "$work"/reply.* | sort | uniq -c || true
exec 3>&-
wait "$server" 2>/dev/null || true
