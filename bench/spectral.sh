#!/usr/bin/env bash
# Speed of the custom-signal functions (HPSS, mel, MFCC, CQT) on a synthesised track; figures go to
# docs/benchmarks.md, section "Custom signals, HPSS, CQT".
# Usage: bench/spectral.sh [SECONDS] [RUNS]   (default: 149 s, the reference track length, 5 runs)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -q -o -pl bundle-mir -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt >&2
cp="bundle-mir/target/test-classes:bundle-mir/target/classes:$(cat bundle-mir/target/cp.txt)"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
java -Xmx2g -Dbench.dir="${OCTOSEQ_BENCH_DIR:-/tmp/octoseq-spectral-bench}" -cp "$cp" \
  org.octoseq.mir.bench.SpectralBench "${1:-149}" "${2:-5}"
