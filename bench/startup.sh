#!/usr/bin/env bash
# Startup benchmark: (1) JVM start -> every bundle ACTIVE, (2) `./octoseq demo` start -> first frame on disk.
# Usage: bench/startup.sh [RUNS]   (run from anywhere; builds first if needed)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
"$root/octoseq" help >/dev/null 2>&1 || true   # builds on first use
"$root/octoseq" bundles >/dev/null 2>&1 || true  # writes the class-data archive after a build, so no run times that

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "== JVM start -> all bundles ACTIVE (ms), $runs runs"
active=()
for _ in $(seq "$runs"); do
  ms=$("$root/octoseq" bundles 2>&1 >/dev/null | sed -n 's/.*bundles active, \([0-9]*\) ms after start/\1/p')
  active+=("$ms")
done
echo "runs: ${active[*]}   median: $(printf '%s\n' "${active[@]}" | median)"

echo "== ./octoseq demo start -> first frame written (ms), $runs runs (demo project already generated)"
"$root/octoseq" demo --headless >/dev/null 2>&1   # generate once, so generation is not timed
first=()
for _ in $(seq "$runs"); do
  frame="$root/demo/out/frames/frame-00000.png"
  t0=$(date +%s%3N)
  "$root/octoseq" demo --headless >/dev/null 2>&1 &
  pid=$!
  rm -f "$frame"   # the demo clears old frames itself too; removing here makes the wait below exact
  while [ ! -f "$frame" ]; do sleep 0.01; kill -0 "$pid" 2>/dev/null || break; done
  t1=$(date +%s%3N)
  wait "$pid"
  first+=("$((t1 - t0))")
done
echo "runs: ${first[*]}   median: $(printf '%s\n' "${first[@]}" | median)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
