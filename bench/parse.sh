#!/usr/bin/env bash
# Parse benchmark: gorewrite's own Go parser against gofmt, on one tree of Go files.
#
#   bash bench/parse.sh [DIR]          DIR defaults to /usr/share/go-1.19/src (Debian golang-1.19-src)
#
# Environment (all optional):
#   JAVA_OPTS   JVM flags replacing bin/gorewrite's own (GOREWRITE_JAVA_OPTS) for the cold runs and
#               used as they are for the warm run; e.g. "-XX:+UseG1GC" measures plain `java -jar`
#               (fastest cold tree run within 512 MiB in trials on a 2-core VM; default: none)
#   RUNS        cold runs per measurement, median reported (default 3; odd counts are best)
#   ROUNDS      warm in-process rounds (default 5)
#   MVN_FLAGS   extra Maven flags for the builds, e.g. "-o" when offline
#
# What it measures (nothing here is a unit test):
#   1. cold tree: whole-process wall seconds and peak RSS (GNU time) of
#      `bin/gorewrite parse --stats DIR` (the README's way to run it) and of one `gofmt -l` given exactly the
#      same file list (all *.go under DIR outside testdata, vendor and dot-folders -- gorewrite's
#      rule; `gofmt -l DIR` alone would also read testdata and vendor).
#   2. cold single file: the same for the .go file whose line count is closest to 700.
#   3. warm: dev.gorewrite.bench.ParseThroughput (test sources) parses the in-memory tree on all
#      cores ROUNDS times and prints MB/s.
# "Cold" means a fresh process each run; the OS file cache is warmed first so that neither tool
# pays for disk reads. MB = 10^6 bytes for source sizes; RSS is in MiB (as in -Xmx512m).
set -euo pipefail

readonly ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly DIR=${1:-/usr/share/go-1.19/src}
readonly RUNS=${RUNS:-3}
readonly ROUNDS=${ROUNDS:-5}
readonly JAR=$ROOT/target/gorewrite.jar
readonly LAUNCHER=$ROOT/bin/gorewrite
readonly TEST_CLASSES=$ROOT/target/test-classes
readonly GNU_TIME=/usr/bin/time
readonly GOFMT=${GOFMT:-gofmt}
read -r -a JAVA_FLAGS <<< "${JAVA_OPTS:-}"
if [[ -n ${JAVA_OPTS:-} ]]; then export GOREWRITE_JAVA_OPTS=$JAVA_OPTS; fi
read -r -a MVN_EXTRA <<< "${MVN_FLAGS:-}"

# Targets (issue 12: at or below gofmt, peak RSS within 256 MiB whatever the tree).
readonly MAX_RATIO=1.0      # cold tree parse, gorewrite / gofmt
readonly MAX_FILE_S=0.5     # cold parse of the ~700-line file, seconds
readonly MAX_RSS_MIB=256    # peak RSS of the cold tree parse

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

die() { echo "parse.sh: $*" >&2; exit 1; }
warn() { echo "WARN: $*" >&2; }

check_tools() {
    [[ -d $DIR ]] || die "no such folder: $DIR"
    [[ -x $GNU_TIME ]] || die "$GNU_TIME missing (apt-get install time)"
    command -v java >/dev/null || die "java missing"
    command -v "$GOFMT" >/dev/null || die "gofmt missing (apt-get install golang-go)"
}

# Maven, quiet; strips the stray colour-reset codes Maven prints even with -q.
mvn_quiet() {
    (cd "$ROOT" && mvn -B -q "${MVN_EXTRA[@]}" "$@") 2>&1 | sed 's/\x1b\[0m//g'
}

build() {
    if [[ ! -f $JAR ]]; then
        echo "building $JAR ..."
        mvn_quiet -DskipTests package
    fi
    local src=$ROOT/src/test/java/dev/gorewrite/bench/ParseThroughput.java
    local cls=$TEST_CLASSES/dev/gorewrite/bench/ParseThroughput.class
    if [[ ! -f $cls || $src -nt $cls ]]; then
        echo "compiling test sources (ParseThroughput) ..."
        mvn_quiet test-compile
    fi
}

# The files gorewrite takes: *.go regular files, links not followed, skipping testdata, vendor
# and dot-folders below DIR. NUL-separated, sorted, in $WORK/files.
list_files() {
    find "$DIR" \( -type d \( -name testdata -o -name vendor -o -name '.*' \) ! -path "$DIR" -prune \) \
        -o \( -type f -name '*.go' -print0 \) | LC_ALL=C sort -z > "$WORK/files"
    FILE_COUNT=$(tr -cd '\0' < "$WORK/files" | wc -c)
    ((FILE_COUNT > 0)) || die "no .go files under $DIR"
    TREE_BYTES=$(wc -c --files0-from="$WORK/files" | tail -n 1 | awk '{print $1}')
    ALL_GO=$(find "$DIR" -type f -name '*.go' | wc -l)
    XARGS_MAX=$(xargs --show-limits < /dev/null 2>&1 | awk -F': ' '/actually use:/ {print $2 - 4096}')
    GOFMT_PROCS=$(xargs -0 -s "$XARGS_MAX" sh -c 'echo x' gofmt < "$WORK/files" | wc -l)
}

# The file whose line count is closest to 700 (first in path order on a tie).
pick_700() {
    wc -l --files0-from="$WORK/files" | head -n -1 |
        awk '{ n = $1; sub(/^ *[0-9]+ /, ""); d = n - 700; if (d < 0) d = -d;
               if (best == "" || d < best) { best = d; path = $0; lines = n } }
             END { print lines "\t" path }' > "$WORK/pick"
    FILE_700_LINES=$(cut -f1 "$WORK/pick")
    FILE_700=$(cut -f2- "$WORK/pick")
}

warm_file_cache() {
    xargs -0 cat < "$WORK/files" > /dev/null
}

# measure LABEL CMD...: one run under GNU time; appends "seconds kib exit" to $WORK/LABEL.
# stdin comes from $STDIN (default /dev/null); stdout/stderr of the last run are kept in
# $WORK/LABEL.out and .err. GNU time's peak RSS covers waited-for children (xargs -> gofmt).
measure() {
    local label=$1; shift
    local rc=0
    "$GNU_TIME" -q -f '%e %M' -o "$WORK/$label.time" "$@" \
        < "${STDIN:-/dev/null}" > "$WORK/$label.out" 2> "$WORK/$label.err" || rc=$?
    echo "$(tail -n 1 "$WORK/$label.time") $rc" >> "$WORK/$label"
}

# repeat LABEL CMD...: RUNS runs of measure, printing each.
repeat() {
    local label=$1; shift
    : > "$WORK/$label"
    : > "$WORK/$label.inproc"
    local i
    for ((i = 1; i <= RUNS; i++)); do
        measure "$label" "$@"
        local s kib rc
        read -r s kib rc < <(tail -n 1 "$WORK/$label")
        printf '  %-14s run %d: %6.2f s  %6.0f MiB  exit %s' "$label" "$i" "$s" "$(mib "$kib")" "$rc"
        if [[ $label == gorewrite* ]]; then
            local stats
            stats=$(grep -m1 '^files ' "$WORK/$label.out" || echo 'no stats line')
            printf '   | %s' "$stats"
            # in-process seconds and file count from the stats line
            awk '/^files / { sub(/,/, "", $2); for (i = 1; i < NF; i++) if ($i == "seconds") print $(i + 1) + 0, $2 }' \
                <<< "$stats" >> "$WORK/$label.inproc"
        fi
        echo
        if [[ $rc != 0 ]]; then
            warn "$label exited $rc; stderr tail:"
            tail -n 5 "$WORK/$label.err" >&2
        fi
    done
}

mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
# median COLUMN LABEL / max COLUMN LABEL over the runs recorded for LABEL.
median() { awk -v c="$1" '{print $c}' "$WORK/$2" | sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
max() { awk -v c="$1" '$c > m {m = $c} END {print m + 0}' "$WORK/$2"; }
exits() { awk '{printf "%s%s", sep, $3; sep = " "} END {print ""}' "$WORK/$1"; }
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v <= t) ? "PASS" : "MISS" }'; }


run_cold_tree() {
    echo "== cold tree parse ($RUNS runs each; fresh process per run)"
    repeat gorewrite-tree "$LAUNCHER" parse --stats "$DIR"
    local counted
    counted=$(awk '{print $2}' "$WORK/gorewrite-tree.inproc" | sort -u | tr '\n' ' ')
    if [[ $counted != "$FILE_COUNT " ]]; then
        warn "gorewrite parsed [${counted% }] files but the list for gofmt has $FILE_COUNT: not the same work"
    fi
    STDIN=$WORK/files repeat gofmt-tree xargs -0 -s "$XARGS_MAX" "$GOFMT" -l
}

run_cold_file() {
    echo "== cold single file: $FILE_700 ($FILE_700_LINES lines)"
    repeat gorewrite-file "$LAUNCHER" parse --stats "$FILE_700"
    repeat gofmt-file "$GOFMT" -l "$FILE_700"
}

run_warm() {
    echo "== warm in-process throughput (ParseThroughput, $ROUNDS rounds)"
    java "${JAVA_FLAGS[@]}" -cp "$JAR:$TEST_CLASSES" dev.gorewrite.bench.ParseThroughput "$DIR" "$ROUNDS" 2>&1 |
        tee "$WORK/warm" | sed 's/^/  /' || warn "warm run failed"
    WARM_BEST=$(awk '/^warm: best/ {print $3}' "$WORK/warm")
    WARM_BEST=${WARM_BEST:-n/a}
    WARM_ROUNDS=$(awk '/^warm: round/ {printf "%s%s", sep, $6; sep = ", "}' "$WORK/warm")
}

report() {
    local gr_s gr_rss gr_rss_max gf_s gf_rss ratio f_gr f_gf rss_mib
    gr_s=$(median 1 gorewrite-tree); gr_rss=$(median 2 gorewrite-tree); gr_rss_max=$(max 2 gorewrite-tree)
    gf_s=$(median 1 gofmt-tree); gf_rss=$(median 2 gofmt-tree)
    ratio=$(awk -v a="$gr_s" -v b="$gf_s" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
    f_gr=$(median 1 gorewrite-file); f_gf=$(median 1 gofmt-file)
    rss_mib=$(mib "$gr_rss_max")
    local v_ratio v_file v_rss
    v_ratio=$(verdict "$ratio" "$MAX_RATIO")
    v_file=$(verdict "$f_gr" "$MAX_FILE_S")
    v_rss=$(verdict "$rss_mib" "$MAX_RSS_MIB")
    local mb
    mb=$(awk -v b="$TREE_BYTES" 'BEGIN { printf "%.1f", b / 1e6 }')

    echo "== figures (medians of $RUNS cold runs)"
    printf '  %-30s %8s   %8s   %s\n' "" gorewrite gofmt "gorewrite/gofmt"
    printf '  %-30s %7.2fs   %7.2fs   %.2fx\n' "tree wall" "$gr_s" "$gf_s" "$ratio"
    printf '  %-30s %7.2fs\n' "tree in-process (stats line)" "$(median 1 gorewrite-tree.inproc)"
    printf '  %-30s %5.0fMiB   %5.0fMiB\n' "tree peak RSS (median)" "$(mib "$gr_rss")" "$(mib "$gf_rss")"
    printf '  %-30s %5.0fMiB   %5.0fMiB\n' "tree peak RSS (max of runs)" "$rss_mib" "$(mib "$(max 2 gofmt-tree)")"
    printf '  %-30s %7.2fs   %7.2fs\n' "~700-line file wall" "$f_gr" "$f_gf"
    printf '  %-30s %5.0fMiB   %5.0fMiB\n' "~700-line file peak RSS" "$(mib "$(median 2 gorewrite-file)")" "$(mib "$(median 2 gofmt-file)")"
    printf '  %-30s exit codes gorewrite [%s], gofmt [%s]\n' "tree runs" "$(exits gorewrite-tree)" "$(exits gofmt-tree)"
    echo "== targets"
    printf '  %-40s %-12s %s\n' "cold tree parse <= ${MAX_RATIO}x gofmt" "${ratio}x" "$v_ratio"
    printf '  %-40s %-12s %s\n' "~700-line file <= ${MAX_FILE_S} s" "${f_gr} s" "$v_file"
    printf '  %-40s %-12s %s\n' "peak RSS <= ${MAX_RSS_MIB} MiB (tree, max)" "${rss_mib} MiB" "$v_rss"

    local commit java_v go_v
    commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
    java_v=$(java "${JAVA_FLAGS[@]}" -version 2>&1 | sed -n 1p)
    go_v=$(go version 2>/dev/null || echo "gofmt: $(command -v "$GOFMT")")
    echo
    echo "---- paste from here ----"
    echo "Parse benchmark: bash bench/parse.sh $DIR  (commit $commit, $(date -u +%Y-%m-%d), $(nproc) cores, $java_v; $go_v)"
    echo "JAVA_OPTS: ${JAVA_OPTS:-(none: bin/gorewrite defaults)}"
    echo "Tree: $FILE_COUNT .go files, $mb MB (testdata, vendor and dot-folders skipped; gofmt -l got the same $FILE_COUNT paths in $GOFMT_PROCS process(es); plain 'gofmt -l DIR' would read $ALL_GO files)"
    echo "Cold tree parse, median of $RUNS: gorewrite ${gr_s} s (in-process $(median 1 gorewrite-tree.inproc) s), gofmt ${gf_s} s, ratio ${ratio}x (target <= ${MAX_RATIO}x: $v_ratio)"
    echo "Peak RSS, tree: gorewrite ${rss_mib} MiB (max of $RUNS), gofmt $(mib "$gf_rss") MiB (target <= ${MAX_RSS_MIB} MiB: $v_rss)"
    echo "Cold ~700-line file ${FILE_700#"$DIR"/} ($FILE_700_LINES lines), median of $RUNS: gorewrite ${f_gr} s, gofmt ${f_gf} s (target <= ${MAX_FILE_S} s: $v_file)"
    echo "Warm in-process, all cores: best ${WARM_BEST} MB/s over $ROUNDS rounds ($WARM_ROUNDS MB/s)"
    echo "---- to here ----"
}

main() {
    if [[ ${1:-} == -h || ${1:-} == --help ]]; then
        sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'
        exit 0
    fi
    check_tools
    build
    list_files
    pick_700
    echo "== tree: $DIR"
    printf '  %d .go files, %d bytes (%.1f MB); gorewrite rule (no testdata/vendor/dot-folders).\n' \
        "$FILE_COUNT" "$TREE_BYTES" "$(awk -v b="$TREE_BYTES" 'BEGIN { print b / 1e6 }')"
    echo "  gofmt is given exactly this file list: xargs -0 gofmt -l, $GOFMT_PROCS gofmt process(es) ($ALL_GO .go files in DIR in all)."
    echo "  ~700-line file: $FILE_700 ($FILE_700_LINES lines)"
    echo "  JAVA_OPTS: ${JAVA_OPTS:-(none: bin/gorewrite defaults)}"
    warm_file_cache
    run_cold_tree
    run_cold_file
    run_warm
    report
}

main "$@"
