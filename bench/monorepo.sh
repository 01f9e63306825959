#!/usr/bin/env bash
# Monorepo benchmark: gorewrite on a generated 3,000-file, 30 MB Go tree, side by side with
# gofmt, ripgrep and ast-grep on the same tree, in the same run.
#
#   bash bench/monorepo.sh
#
# Environment (all optional):
#   RUNS        fresh-process runs per job, median reported (default 5; odd counts are best)
#   FILES       .go files in the tree, the 4 example service files included (default 3000)
#   MEGABYTES   size of the tree in MB of 10^6 bytes (default 30)
#   SEED        the generator's seed (default: CorpusGenerator's fixed seed)
#   NO_INSTALL  set to 1 to use only the reference tools already installed
#   MVN_FLAGS   extra Maven flags for the build, e.g. "-o" when offline
#   PREPARE_ONLY set to 1 to stop after steps 1-3 (bench/codemods.sh uses the tree and ast-grep)
#
# What it does (nothing here is a unit test):
#   1. builds target/gorewrite.jar and the test classes if missing or older than the sources;
#   2. generates the tree into target/bench-corpus with dev.gorewrite.bench.CorpusGenerator (test
#      sources) unless it is there with the same parameters (target/bench-corpus.stamp);
#   3. installs what is missing and can be installed: gofmt (apt golang-go), ripgrep (apt ripgrep),
#      both as root; ast-grep (npm @ast-grep/cli into target/tools; /usr/bin/sg is usually
#      newgrp, not ast-grep, so PATH's sg is never used). A tool that cannot be had is reported
#      and its figures are left out;
#   4. warms the OS file cache (tree, jar, CDS archive, JDK modules) and runs every job once,
#      untimed;
#   5. runs the jobs RUNS times each, round-robin (one run of every job per round, so that a
#      disturbance hits all tools alike), each a fresh process under GNU time:
#        a) bin/gorewrite run target/bench-corpus         dry run of all recipes (3 diffs, exit 0)
#        b) bin/gorewrite run examples/kubernaut           dry run on the examples (3 diffs, exit 0)
#        c) bin/gorewrite parse target/bench-corpus        parse every file (exit 0)
#        d) gofmt -l target/bench-corpus                   parse + format check (nothing listed)
#        e) rg -l buildDataStorageImage target/bench-corpus        literal search (4 files)
#        f) ast-grep run --pattern 'buildDataStorageImage($W)' --lang go target/bench-corpus
#                                                          one-pattern scan (3 matches)
#      Each run's output is checked as noted; a failed check is printed and marks the figure.
#   6. prints every run, a table of medians with peak RSS, the targets with the reference
#      tools' figures and ratios (gorewrite / reference), and a block to paste into a note.
# Each round line shows the 1-minute load average as the round starts (the benchmark's own runs
# count too: about 1-2 on 2 cores); a job whose runs differ by more than 1.5x gets a NOTE.
# Wall time: bash's EPOCHREALTIME around the /usr/bin/time call (ms resolution; GNU time's own
# %e has only 10 ms). Peak RSS: GNU time's %M, in MiB. MB = 10^6 bytes for sizes.
set -euo pipefail

readonly ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly RUNS=${RUNS:-5}
readonly FILES=${FILES:-3000}
readonly MEGABYTES=${MEGABYTES:-30}
readonly SEED=${SEED:-}
readonly NO_INSTALL=${NO_INSTALL:-0}
readonly CORPUS_REL=target/bench-corpus
readonly CORPUS=$ROOT/$CORPUS_REL
readonly STAMP=$ROOT/target/bench-corpus.stamp
readonly EXAMPLES_REL=examples/kubernaut
readonly JAR=$ROOT/target/gorewrite.jar
readonly JSA=$ROOT/target/gorewrite.jsa
readonly TEST_CLASSES=$ROOT/target/test-classes
readonly GENERATOR_SRC=$ROOT/src/test/java/dev/gorewrite/bench
readonly LAUNCHER=bin/gorewrite
readonly GNU_TIME=/usr/bin/time
readonly TOOLS=$ROOT/target/tools
readonly LITERAL=buildDataStorageImage
readonly PATTERN='buildDataStorageImage($W)'
read -r -a MVN_EXTRA <<< "${MVN_FLAGS:-}"

# Targets (issue: "Speed on a monorepo").
readonly MAX_TREE_RUN_S=0.8      # a) dry run of the tree, and less than ast-grep's scan (f)
readonly MAX_EXAMPLES_RUN_S=0.5  # b) dry run of examples/
readonly MAX_PARSE_RATIO=2.0     # c) / d)
readonly MAX_RSS_MIB=512         # every gorewrite job

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

die() { echo "monorepo.sh: $*" >&2; exit 1; }
note() { echo "  $*"; }

# ------------------------------------------------------------------ build and tree

mvn_quiet() {
    (cd "$ROOT" && mvn -B -q "${MVN_EXTRA[@]}" "$@") 2>&1 | sed 's/\x1b\[0m//g'
}

build() {
    local stale=""
    if [[ -f $JAR ]]; then
        stale=$(cd "$ROOT" && find src/main grammar recipes pom.xml -newer "$JAR" -type f -print -quit 2>/dev/null)
    fi
    if [[ ! -f $JAR || -n $stale ]]; then
        echo "== building target/gorewrite.jar${stale:+ ($stale is newer than the jar)} ..."
        mvn_quiet -DskipTests package
    fi
    local cls=$TEST_CLASSES/dev/gorewrite/bench/CorpusGenerator.class
    if [[ ! -f $cls ]] || [[ -n $(find "$GENERATOR_SRC" -name '*.java' -newer "$cls" -print -quit) ]]; then
        echo "== compiling the test sources (CorpusGenerator) ..."
        mvn_quiet test-compile
    fi
    [[ -f $JAR ]] || die "build failed: no $JAR"
    [[ -f $JSA ]] || note "note: no target/gorewrite.jsa (CDS archive); bin/gorewrite starts without it"
}

# The generator's parameters and a hash of its sources and of the example files: when the stamp
# differs, the tree is generated again.
corpus_stamp() {
    local src_hash
    src_hash=$(cat "$GENERATOR_SRC"/CorpusGenerator.java "$GENERATOR_SRC"/GoTemplates.java \
        "$GENERATOR_SRC"/GoWriter.java "$GENERATOR_SRC"/Words.java \
        "$ROOT/$EXAMPLES_REL"/test/infrastructure/*.go | sha256sum | cut -c1-16)
    echo "files=$FILES megabytes=$MEGABYTES seed=${SEED:-default} sources=$src_hash"
}

generate_corpus() {
    local want
    want=$(corpus_stamp)
    if [[ -d $CORPUS && -f $STAMP && $(cat "$STAMP") == "$want" ]]; then
        echo "== tree: $CORPUS_REL (already generated: $want)"
        return
    fi
    echo "== generating $CORPUS_REL ($want) ..."
    rm -rf "$CORPUS" "$CORPUS.tmp" "$STAMP"
    local args=("$CORPUS.tmp" --files "$FILES" --megabytes "$MEGABYTES"
        --examples "$ROOT/$EXAMPLES_REL/test/infrastructure")
    if [[ -n $SEED ]]; then
        args+=(--seed "$SEED")
    fi
    java -cp "$JAR:$TEST_CLASSES" dev.gorewrite.bench.CorpusGenerator "${args[@]}" | sed 's/^/  /'
    mv "$CORPUS.tmp" "$CORPUS"
    echo "$want" > "$STAMP"
}

# ------------------------------------------------------------------ reference tools

apt_install() {  # apt_install PACKAGE: as root only; updates the index once if the install fails
    local pkg=$1
    [[ $NO_INSTALL == 1 ]] && { echo "NO_INSTALL=1"; return 1; }
    [[ $(id -u) == 0 ]] || { echo "not root, cannot apt-get install $pkg"; return 1; }
    command -v apt-get >/dev/null || { echo "no apt-get"; return 1; }
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get install -y -qq "$pkg" >"$WORK/apt.log" 2>&1; then
        apt-get update -qq >>"$WORK/apt.log" 2>&1 || true
        apt-get install -y -qq "$pkg" >>"$WORK/apt.log" 2>&1 || { tail -n 3 "$WORK/apt.log"; return 1; }
    fi
}

GOFMT="" RG="" AST_GREP=""

find_tools() {
    echo "== reference tools"
    local why
    if command -v gofmt >/dev/null || why=$(apt_install golang-go); then
        GOFMT=$(command -v gofmt || true)
    fi
    [[ -n $GOFMT ]] && note "gofmt:    $GOFMT ($(go version 2>/dev/null || echo 'go version unknown'))" \
        || echo "  gofmt:    NOT AVAILABLE, its figure is left out (${why:-apt-get install golang-go failed})"

    why=""
    if command -v rg >/dev/null || why=$(apt_install ripgrep); then
        RG=$(command -v rg || true)
    fi
    [[ -n $RG ]] && note "ripgrep:  $RG ($("$RG" --version 2>/dev/null | sed -n 1p))" \
        || echo "  ripgrep:  NOT AVAILABLE, its figure is left out (${why:-apt-get install ripgrep failed})"

    why=""
    if [[ -x $TOOLS/node_modules/.bin/ast-grep ]]; then
        AST_GREP=$TOOLS/node_modules/.bin/ast-grep
    elif command -v ast-grep >/dev/null; then
        AST_GREP=$(command -v ast-grep)
    elif [[ $NO_INSTALL == 1 ]]; then
        why="NO_INSTALL=1"
    elif ! command -v npm >/dev/null; then
        why="no npm (apt-get install npm)"
    elif npm install --prefix "$TOOLS" --no-audit --no-fund @ast-grep/cli >"$WORK/npm.log" 2>&1 \
            && [[ -x $TOOLS/node_modules/.bin/ast-grep ]]; then
        AST_GREP=$TOOLS/node_modules/.bin/ast-grep
    else
        why="npm install @ast-grep/cli failed: $(tail -n 1 "$WORK/npm.log")"
    fi
    [[ -n $AST_GREP ]] && note "ast-grep: $AST_GREP ($("$AST_GREP" --version))" \
        || echo "  ast-grep: NOT AVAILABLE, its figure is left out ($why)"
}

# ------------------------------------------------------------------ jobs

# JOBS: labels in run order; CMD_<label>: the command; DESC_<label>: what it is; check_<label>:
# verifies the output of one run (stdout in $1, stderr in $2, exit code in $3), prints a problem.
JOBS=()
DESC_a="gorewrite dry run, all recipes, tree"
DESC_b="gorewrite dry run, examples/"
DESC_c="gorewrite parse, tree"
DESC_d="gofmt -l, tree"
DESC_e="rg -l literal, tree"
DESC_f="ast-grep one pattern, tree"
define_jobs() {
    JOBS=(a b c)
    CMD_a=("$LAUNCHER" run "$CORPUS_REL")
    CMD_b=("$LAUNCHER" run "$EXAMPLES_REL")
    CMD_c=("$LAUNCHER" parse "$CORPUS_REL")
    if [[ -n $GOFMT ]]; then
        JOBS+=(d)
        CMD_d=("$GOFMT" -l "$CORPUS_REL")
    fi
    if [[ -n $RG ]]; then
        JOBS+=(e)
        CMD_e=("$RG" -l "$LITERAL" "$CORPUS_REL")
    fi
    if [[ -n $AST_GREP ]]; then
        JOBS+=(f)
        CMD_f=("$AST_GREP" run --pattern "$PATTERN" --lang go "$CORPUS_REL")
    fi
}

# desc LABEL: the job's description
desc() { local d="DESC_$1"; echo "${!d}"; }

diffs() { grep -c '^diff --git ' "$1" || true; }
check_a() { [[ $3 == 0 && $(diffs "$1") == 3 ]] || echo "exit $3, $(diffs "$1") diffs (want exit 0, 3 diffs)"; }
check_b() { check_a "$@"; }
check_c() { [[ $3 == 0 ]] || echo "exit $3 (want 0: every file parses); $(head -n 1 "$1")"; }
check_d() { [[ $3 == 0 && ! -s $1 && ! -s $2 ]] || echo "exit $3, $(wc -l < "$1") files listed (want exit 0, none)"; }
check_e() { local n; n=$(wc -l < "$1"); [[ $3 == 0 && $n == 4 ]] || echo "exit $3, $n files (want 4)"; }
check_f() {
    local n; n=$(grep -c "$LITERAL(" "$1" || true)
    [[ $3 == 0 && $n == 3 ]] || echo "exit $3, $n matches (want 3)"
}

# run_job LABEL: one fresh-process run; appends "seconds rss_kib exit" to $WORK/LABEL.runs
# and the check's complaint (if any) to $WORK/LABEL.problems.
run_job() {
    local label=$1
    local -n cmd="CMD_$label"
    local out=$WORK/$label.out err=$WORK/$label.err t0 t1 rc=0
    t0=$EPOCHREALTIME
    "$GNU_TIME" -q -f '%M' -o "$WORK/$label.time" "${cmd[@]}" < /dev/null > "$out" 2> "$err" || rc=$?
    t1=$EPOCHREALTIME
    local problem
    problem=$("check_$label" "$out" "$err" "$rc")
    if [[ -n $problem ]]; then
        echo "$problem" >> "$WORK/$label.problems"
    fi
    echo "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }') $(tail -n 1 "$WORK/$label.time") $rc" \
        >> "$WORK/$label.runs"
}

warm_up() {
    echo "== warming the file cache and running every job once (untimed)"
    find "$CORPUS" "$ROOT/$EXAMPLES_REL" -type f -print0 | xargs -0 cat > /dev/null
    local java_home
    java_home=$(java -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.home/ {print $2}')
    cat "$JAR" ${JSA:+"$JSA"} "$java_home/lib/modules" > /dev/null 2>&1 || true
    local label
    for label in "${JOBS[@]}"; do
        run_job "$label"
        if [[ -s $WORK/$label.problems ]]; then
            echo "  WARN: $label) $(desc "$label"): $(head -n 1 "$WORK/$label.problems")" >&2
            sed 's/^/    stderr: /' "$WORK/$label.err" | tail -n 5 >&2
        fi
        rm -f "$WORK/$label.runs" "$WORK/$label.problems"
    done
}

measure_all() {
    echo "== $RUNS rounds; each round runs every job once, in a fresh process"
    local round label
    for ((round = 1; round <= RUNS; round++)); do
        printf '  round %d (load %s):' "$round" "$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?')"
        for label in "${JOBS[@]}"; do
            run_job "$label"
            local s kib rc
            read -r s kib rc < <(tail -n 1 "$WORK/$label.runs")
            printf '  %s) %.3fs %sMiB' "$label" "$s" "$(mib "$kib")"
            if [[ $rc != 0 ]]; then
                printf ' exit %s' "$rc"
            fi
        done
        echo
    done
}

# ------------------------------------------------------------------ figures

mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
median() { awk '{print $1}' "$WORK/$1.runs" | sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
minimum() { awk '{print $1}' "$WORK/$1.runs" | sort -g | head -n 1; }
maximum() { awk '{print $1}' "$WORK/$1.runs" | sort -g | tail -n 1; }
rss_max() { mib "$(awk '$2 > m {m = $2} END {print m + 0}' "$WORK/$1.runs")"; }
has() { [[ -f $WORK/$1.runs ]]; }
checks() { if [[ -s $WORK/$1.problems ]]; then echo "FAILED: $(sort -u "$WORK/$1.problems" | head -n 1)"; else echo ok; fi; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
le() { awk -v v="$1" -v t="$2" 'BEGIN { exit !(v <= t) }'; }
lt() { awk -v v="$1" -v t="$2" 'BEGIN { exit !(v < t) }'; }
verdict() { if "$@"; then echo PASS; else echo MISS; fi; }

report() {
    local label
    echo "== figures: wall seconds (median, min, max of $RUNS runs), peak RSS (max of runs)"
    printf '  %-2s %-38s %8s %8s %8s %9s  %s\n' "" job median min max "peak RSS" "output check"
    local noisy=""
    for label in a b c d e f; do
        if has "$label"; then
            printf '  %-2s %-38s %7.3fs %7.3fs %7.3fs %5s MiB  %s\n' "$label)" "$(desc "$label")" "$(median "$label")" \
                "$(minimum "$label")" "$(maximum "$label")" "$(rss_max "$label")" "$(checks "$label")"
            if awk -v lo="$(minimum "$label")" -v hi="$(maximum "$label")" 'BEGIN { exit !(hi > 1.5 * lo && hi - lo > 0.05) }'; then
                noisy+=" $label"
            fi
        else
            printf '  %-2s %-38s %s\n' "$label)" "$(desc "$label")" "not measured (tool not available)"
        fi
    done

    if [[ -n $noisy ]]; then
        echo "  NOTE: runs of${noisy} differ by more than 1.5x (max/min): the machine was busy; consider running again"
    fi

    local a b c d e f
    a=$(median a); b=$(median b); c=$(median c)
    d=$(has d && median d || echo "")
    e=$(has e && median e || echo "")
    f=$(has f && median f || echo "")
    local rss_a rss_b rss_c rss_all
    rss_a=$(rss_max a); rss_b=$(rss_max b); rss_c=$(rss_max c)
    rss_all=$(printf '%s\n' "$rss_a" "$rss_b" "$rss_c" | sort -g | tail -n 1)

    local v_a v_af v_b v_c v_rss r_af r_ae r_cd
    v_a=$(verdict le "$a" "$MAX_TREE_RUN_S")
    v_b=$(verdict le "$b" "$MAX_EXAMPLES_RUN_S")
    v_rss=$(verdict le "$rss_all" "$MAX_RSS_MIB")
    if [[ -n $f ]]; then r_af=$(ratio "$a" "$f"); v_af=$(verdict lt "$a" "$f"); else r_af=n/a; v_af="n/a (no ast-grep)"; fi
    if [[ -n $e ]]; then r_ae=$(ratio "$a" "$e"); else r_ae=n/a; fi
    if [[ -n $d ]]; then r_cd=$(ratio "$c" "$d"); v_c=$(verdict le "$r_cd" "$MAX_PARSE_RATIO"); else r_cd=n/a; v_c="n/a (no gofmt)"; fi
    # a figure whose output was wrong is no figure
    if [[ -s $WORK/a.problems ]]; then v_a="$v_a (output check FAILED)"; v_af="$v_af (output check FAILED)"; fi
    if [[ -s $WORK/b.problems ]]; then v_b="$v_b (output check FAILED)"; fi
    if [[ -s $WORK/c.problems ]]; then v_c="$v_c (output check FAILED)"; fi

    echo "== targets (ratio = gorewrite / reference, medians of the same run)"
    printf '  %-34s %9s %8s  %-26s %8s %7s  %-24s %s\n' figure gorewrite "peak RSS" reference "" ratio target verdict
    printf '  %-34s %8.3fs %4s MiB  %-26s %7ss %6sx  %-24s %s\n' "a) dry run, all recipes, tree" "$a" "$rss_a" \
        "f) ast-grep, one pattern" "${f:-n/a}" "$r_af" "<= $MAX_TREE_RUN_S s" "$v_a"
    printf '  %-34s %9s %8s  %-26s %8s %7s  %-24s %s\n' "" "" "" "" "" "" "< ast-grep (ratio < 1)" "$v_af"
    printf '  %-34s %9s %8s  %-26s %7ss %6sx  %-24s %s\n' "" "" "" "e) rg -l, literal" "${e:-n/a}" "$r_ae" \
        "(for reference)" ""
    printf '  %-34s %8.3fs %4s MiB  %-26s %8s %7s  %-24s %s\n' "b) dry run, examples/" "$b" "$rss_b" "-" "" "" \
        "<= $MAX_EXAMPLES_RUN_S s" "$v_b"
    printf '  %-34s %8.3fs %4s MiB  %-26s %7ss %6sx  %-24s %s\n' "c) parse, tree" "$c" "$rss_c" "d) gofmt -l" \
        "${d:-n/a}" "$r_cd" "<= ${MAX_PARSE_RATIO}x gofmt -l" "$v_c"
    printf '  %-34s %9s %4s MiB  %-26s %8s %7s  %-24s %s\n' "peak RSS, max of a, b, c" "" "$rss_all" "" "" "" \
        "<= $MAX_RSS_MIB MiB" "$v_rss"

    local commit java_v tree_files tree_mb
    commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
    java_v=$(java -version 2>&1 | sed -n 1p)
    tree_files=$(find "$CORPUS" -type f -name '*.go' | wc -l)
    tree_mb=$(find "$CORPUS" -type f -name '*.go' -printf '%s\n' | awk '{s += $1} END {printf "%.1f", s / 1e6}')
    local refs=()
    [[ -n $GOFMT ]] && refs+=("$(go version 2>/dev/null | awk '{print "gofmt (" $3 ")"}')")
    [[ -n $RG ]] && refs+=("$("$RG" --version 2>/dev/null | sed -n 1p)")
    [[ -n $AST_GREP ]] && refs+=("$("$AST_GREP" --version)")
    echo
    echo "---- paste from here ----"
    echo "Monorepo benchmark: bash bench/monorepo.sh (commit $commit, $(date -u +%Y-%m-%d), $(nproc) cores, $java_v; $(IFS=,; echo "${refs[*]}" | sed 's/,/, /g'))"
    echo "Tree: $CORPUS_REL, $tree_files .go files, $tree_mb MB (CorpusGenerator $(cat "$STAMP" | cut -d' ' -f1-3); the 4 example service files in test/infrastructure/)"
    echo "Medians of $RUNS fresh-process runs per job, round-robin; load average before: $LOAD_BEFORE, after: $(load)"
    echo "- a) dry run of all recipes on the tree: ${a} s, peak RSS ${rss_a} MiB; target <= ${MAX_TREE_RUN_S} s: $v_a"
    echo "     vs ast-grep one-pattern scan ${f:-n/a} s: ratio ${r_af}x; target < ast-grep: $v_af"
    echo "     vs ripgrep literal search ${e:-n/a} s: ratio ${r_ae}x (reference only)"
    echo "- b) dry run on examples/: ${b} s, peak RSS ${rss_b} MiB; target <= ${MAX_EXAMPLES_RUN_S} s: $v_b"
    echo "- c) parse of the tree: ${c} s, peak RSS ${rss_c} MiB; gofmt -l ${d:-n/a} s: ratio ${r_cd}x; target <= ${MAX_PARSE_RATIO}x: $v_c"
    echo "- peak RSS over a, b, c: ${rss_all} MiB; target <= ${MAX_RSS_MIB} MiB: $v_rss"
    echo "- output checks: a) $(checks a), b) $(checks b), c) $(checks c)$(has d && echo ", d) $(checks d)")$(has e && echo ", e) $(checks e)")$(has f && echo ", f) $(checks f)")"
    echo "---- to here ----"
}

load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown; }

main() {
    if [[ ${1:-} == -h || ${1:-} == --help ]]; then
        sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'
        exit 0
    fi
    [[ -x $GNU_TIME ]] || die "$GNU_TIME missing (apt-get install time)"
    command -v java >/dev/null || die "java missing"
    cd "$ROOT"
    LOAD_BEFORE=$(load)
    build
    generate_corpus
    local files mb
    files=$(find "$CORPUS" -type f -name '*.go' | wc -l)
    mb=$(find "$CORPUS" -type f -name '*.go' -printf '%s\n' | awk '{s += $1} END {printf "%.1f", s / 1e6}')
    note "$files .go files, $mb MB, $(find "$CORPUS" -type d | wc -l) folders"
    find_tools
    if [[ ${PREPARE_ONLY:-0} == 1 ]]; then
        return
    fi
    define_jobs
    warm_up
    measure_all
    report
}

main "$@"
