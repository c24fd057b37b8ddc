#!/usr/bin/env bash
# Issue 11's speed comparison: ValidationSpeedBenchmark under JMH with -prof gc, then RatioReport's
# table of ratios and targets. Run from anywhere; see acube-benchmarks/README.md.
#
#   acube-benchmarks/speed.sh short [JMH args]  samples and 100 lines (SIZES=... for others), FA(1)
#                                               and FA(3), three 1 s warm-ups and two 1 s
#                                               measurements each: about 5 minutes, noisy
#   acube-benchmarks/speed.sh full  [JMH args]  samples, 100 and 10,000 lines, JMH's iterations of the
#                                               class: the issue's table (20-30 minutes)
#   acube-benchmarks/speed.sh big   [JMH args]  the 16 MiB documents (the input limit) in a heap of
#                                               $HEAP (default 128m)
#
# Extra arguments go to JMH, e.g. `-p version=3` (JMH adds up repeated -p values: in short mode
# choose the sizes with SIZES=sample,lines-100,lines-10000, not with -p size=).
# SKIP_BUILD=1 uses the benchmarks.jar already built.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-short}
[[ $# -gt 0 ]] && shift
jar=acube-benchmarks/target/benchmarks.jar
out=acube-benchmarks/target/speed-$mode.json
[[ -n ${SKIP_BUILD:-} ]] || mvn -q -B -pl acube-benchmarks -am package -DskipTests
case $mode in
  short)
    # One 1 s warm-up leaves the big documents interpreted: three, so that the ratios mean something.
    args=(ValidationSpeedBenchmark -f 1 -wi 3 -w 1s -i 2 -r 1s -p "size=${SIZES:-sample,lines-100}") ;;
  full)
    args=(ValidationSpeedBenchmark) ;;
  big)
    # Generated once (half a minute, in a big heap) and kept, so that the measured JVM only reads them.
    java -Xmx4g -cp "$jar" io.github.acubepl.benchmarks.SpeedDocuments
    args=('ValidationSpeedBenchmark\.(staxCopy|jsonFloor|peersXsdPlusJaxb|validateXml|validateXmlTwoThreads|jsonToValidatedXml|xmlToJson)$'
          -f 1 -wi 1 -i 3 -w 1s -r 2s -p size=limit-16MiB -jvmArgs "-Xmx${HEAP:-128m}") ;;
  *)
    echo "usage: $0 short|full|big [JMH args]" >&2
    exit 2 ;;
esac
java -jar "$jar" "${args[@]}" -prof gc -rf json -rff "$out" "$@"
java -cp "$jar" io.github.acubepl.benchmarks.RatioReport "$out"
