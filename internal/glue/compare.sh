#!/usr/bin/env bash
# compare.sh measures the whole-process bar of the README: stancetag -jsonl
# against the prose-reused + VADER glue (internal/glue/cmd/glue) over the
# same JSON Lines corpus, in the same run, plus the time of tagger.New.
#
# Usage (from anywhere in the repository):
#
#	internal/glue/compare.sh [corpus.jsonl] [runs]
#
# The corpus defaults to ../shared/data/bench/news.jsonl next to the
# repository, runs to 3. It prints each run's wall time and peak RSS
# (/usr/bin/time), the medians, and the throughput ratio glue/stancetag.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
corpus=${1:-$root/../shared/data/bench/news.jsonl}
runs=${2:-3}
[[ -r $corpus ]] || { echo "compare.sh: no corpus at $corpus" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "compare.sh: needs GNU /usr/bin/time" >&2; exit 2; }

bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
(cd "$root" && go build -o "$bin/stancetag" ./examples/stancetag && go build -o "$bin/glue" ./internal/glue/cmd/glue)

docs=$(wc -l < "$corpus")
mb=$(awk -v b="$(wc -c < "$corpus")" 'BEGIN { printf "%.2f", b / 1e6 }')
echo "corpus: $corpus ($docs lines, $mb MB); $(nproc) CPUs; $runs runs each"

# measure NAME CMD... runs CMD $runs times on the corpus and prints the
# median wall time (s) and the largest peak RSS (KB) on its last line.
measure() {
	local name=$1; shift
	local walls=() rss=0
	for ((i = 1; i <= runs; i++)); do
		local out
		out=$( { /usr/bin/time -f "%e %M" "$@" < "$corpus" > "$bin/$name.out"; } 2>&1 | tail -1)
		local lines
		lines=$(wc -l < "$bin/$name.out")
		[[ $lines == "$docs" ]] || echo "  warning: $name wrote $lines lines for $docs" >&2
		read -r w m <<< "$out"
		printf '  %-9s run %d: %6.2f s  %7.1f MB peak RSS\n' "$name" "$i" "$w" "$(awk -v m="$m" 'BEGIN { print m / 1024 }')" >&2
		walls+=("$w")
		(( m > rss )) && rss=$m
	done
	local med
	med=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
	echo "$med $rss"
}

read -r st_wall st_rss < <(measure stancetag "$bin/stancetag" -jsonl)
read -r gl_wall gl_rss < <(measure glue "$bin/glue")

awk -v sw="$st_wall" -v sr="$st_rss" -v gw="$gl_wall" -v gr="$gl_rss" -v mb="$mb" -v docs="$docs" 'BEGIN {
	printf "\n%-10s %8s %10s %10s %12s\n", "", "wall s", "docs/s", "MB/s", "peak RSS MB"
	printf "%-10s %8.2f %10.1f %10.3f %12.1f\n", "stancetag", sw, docs / sw, mb / sw, sr / 1024
	printf "%-10s %8.2f %10.1f %10.3f %12.1f\n", "glue", gw, docs / gw, mb / gw, gr / 1024
	printf "\nthroughput ratio stancetag/glue: %.1fx (bar: >= 10x); stancetag peak RSS %.1f MB (bar: <= 150 MB)\n", gw / sw, sr / 1024
}'

# tagger.New: the median of BenchmarkNew's runs, in seconds.
new=$(cd "$root" && go test -run '^$' -bench '^BenchmarkNew$' -benchtime 5x -count 3 ./tagger |
	awk '/^BenchmarkNew/ { print $3 / 1e9 }' | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
echo "tagger.New: ${new} s (median of 3 × 5 loads; bar: <= 0.5 s)"
