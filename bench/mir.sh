#!/usr/bin/env bash
# MIR speed and memory benchmarks (figures go to docs/benchmarks.md, section MIR).
# Usage: bench/mir.sh [fft|track|show|cli|all]   (or ./octoseq bench mir ...; default: all)
#   fft    minim's FFT against JTransforms' on the analysis frame sizes (us/frame)
#   track  analyze of synthetic 1, 5 and 10 minute 44.1 kHz stereo WAVs in one JVM: linearity, x realtime
#   show   a 4-minute show with 4 stems and 6 bands: cold, then twice from the cache
#   cli    ./octoseq analyze of the 10-minute WAV as a whole process (JVM + Felix start included), with its
#          peak resident memory and where the time went, against ./octoseq bundles (the full runtime's start and exit)
# Synthetic audio is made once in $OCTOSEQ_BENCH_DIR (default /tmp/octoseq-mir-bench).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
what="${1:-all}"
dir="${OCTOSEQ_BENCH_DIR:-/tmp/octoseq-mir-bench}"
mkdir -p "$dir"
cd "$root"
mvn -B -q -pl bundle-mir -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt >&2
cp="bundle-mir/target/test-classes:bundle-mir/target/classes:$(cat bundle-mir/target/cp.txt)"
bench() { java -Dbench.dir="$dir" -cp "$cp" org.octoseq.mir.bench.MirBench "$@"; }

cli() {
  runs="${OCTOSEQ_BENCH_RUNS:-10}"
  [[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "bench mir cli: OCTOSEQ_BENCH_RUNS must be a positive whole number, not '$runs'" >&2; exit 2; }
  "$root/octoseq" help >/dev/null 2>&1 || true   # builds the runtime on first use
  "$root/octoseq" bundles >/dev/null 2>&1 || true  # writes the class-data archive after a build, so no run times that
  song="$(bench song 10)"
  echo "== ./octoseq bundles (JVM + Felix start and exit, no work), 3 runs"
  for _ in 1 2 3; do
    /usr/bin/time -f "wall %e s, CPU %U+%S s, max RSS %M kB" "$root/octoseq" bundles 2>&1 >/dev/null | grep -v '^octoseq:'
  done
  echo "== ./octoseq analyze $song (10 min), $runs runs (the runtime start, then --timings: decoding, analysis, JSON)"
  "$root/octoseq" analyze "$song" --json "$dir/cli-10min.json" >/dev/null 2>&1 || true # the file read once, untimed
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "wall %e s, CPU %U+%S s, max RSS %M kB" \
      "$root/octoseq" analyze "$song" --json "$dir/cli-10min.json" --timings 2>&1 >/dev/null \
      | sed -n -e 's/^octoseq: .*started for analyze (standalone), \([0-9]*\) ms after start/  runtime up after \1 ms/p' \
        -e 's/^octoseq analyze: /  /p' -e '/^wall/p'
  done | tee "$dir/cli-runs.txt"
  # the host's speed drifts by a third over minutes on this shared machine kind: the spread says as much as the median
  sed -n 's/^wall \([0-9.]*\) s.*/\1/p' "$dir/cli-runs.txt" | sort -n | awk '{w[NR] = $1} END {
    if (NR == 0) { print "== whole process: no run finished (see the lines above)"; exit 1 }
    m = NR % 2 ? w[(NR + 1) / 2] : (w[NR / 2] + w[NR / 2 + 1]) / 2
    for (i = 1; i <= NR; i++) under += w[i] <= 2.0
    printf "== whole process, %d runs: median %.2f s = %.0fx realtime, %.2f-%.2f s (%.0f-%.0fx), %d of %d within 2.0 s (300x)\n",
      NR, m, 600 / m, w[1], w[NR], 600 / w[NR], 600 / w[1], under, NR }'
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
case "$what" in
  fft) bench fft ;;
  track) bench track 1 5 10 ;;
  show) bench show ;;
  cli) cli ;;
  all) bench fft; bench track 1 5 10; bench show; cli ;;
  *) echo "usage: bench/mir.sh [fft|track|show|cli|all]" >&2; exit 2 ;;
esac
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
