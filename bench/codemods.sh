#!/usr/bin/env bash
# Codemod benchmark (issue 12): gorewrite's codemods, lint and parse beside ast-grep and gofmt, on
# the Go standard library and on the generated monorepo of bench/monorepo.sh, in the same run.
#
#   bash bench/codemods.sh
#
# Environment (all optional):
#   RUNS        fresh-process runs per job, median reported (default 3; odd counts are best)
#   CORPORA     which trees, in order (default "std mono"): std = the Go standard library,
#               mono = target/bench-corpus, generated as bench/monorepo.sh generates it
#   JOBS        which jobs (default "1 2 3 4 5")
#   GO_SRC      the standard library (default /usr/share/go-1.19/src, else `go env GOROOT`/src)
#   FILES, MEGABYTES, SEED   the generated tree's parameters (defaults 3000, 30, CorpusGenerator's)
#   NO_INSTALL  set to 1 to use only the reference tools already installed
#   MVN_FLAGS   extra Maven flags for the build, e.g. "-o" when offline
#   GOREWRITE_JAVA_OPTS      passed on to bin/gorewrite (replaces its JVM tuning)
#
# Jobs, each a gorewrite command (g) and an equivalent reference command (r) on the same files
# (testdata/, vendor/ and dot-folders left out on both sides, as gorewrite leaves them out):
#   1 rare name    ioutil.ReadFile/WriteFile/ReadAll($...A) -> os./io. (every match, imports follow)
#   2 common names $L.V(0).Info($...A) -> $L.Info($...A): V and Info are in most files, the run
#                  `.V(0).Info(` in few
#   3 hundreds of files  std: errors.New($M) -> fmt.Errorf($M); mono: errors.Wrap($E, $M) ->
#                  fmt.Errorf($M+": %w", $E)
#                  1-3: g: bin/gorewrite run --recipes R TREE (dry run, diffs)
#                       r: ast-grep scan --inline-rules (the pattern, and its fix) --json=stream
#   4 lint         a check `absent: time.Sleep($D)` over the whole tree
#                  g: bin/gorewrite check --recipes R TREE       r: ast-grep scan, the pattern
#   5 parse        g: bin/gorewrite parse TREE                   r: gofmt -l over the same file list
# Checks: before timing, each codemod runs once with --apply on a copy of the tree and gofmt -l
# must list none of the files it changed; gorewrite's changed files must be ast-grep's files with a
# match (jobs 1-3), its violations as many as ast-grep's matches (job 4). Every timed run is then
# checked against those counts (and exit codes); a failed check marks the figure.
# Targets: jobs 1-4 at or below ast-grep's median from the same run, peak RSS <= 256 MiB; job 5 at
# or below gofmt's. Runs are round-robin (one run of every command per round) in fresh processes
# under GNU time, after one untimed run of each to warm the file cache. Wall time: bash's
# EPOCHREALTIME; peak RSS: GNU time's %M, in MiB.
set -euo pipefail

readonly ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly RUNS=${RUNS:-3}
readonly CORPORA=${CORPORA:-std mono}
readonly JOBS=${JOBS:-1 2 3 4 5}
readonly NO_INSTALL=${NO_INSTALL:-0}
readonly LAUNCHER=$ROOT/bin/gorewrite
readonly JAR=$ROOT/target/gorewrite.jar
readonly TOOLS=$ROOT/target/tools
readonly GNU_TIME=/usr/bin/time
readonly MAX_RSS_MIB=256
read -r -a MVN_EXTRA <<< "${MVN_FLAGS:-}"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

die() { echo "codemods.sh: $*" >&2; exit 1; }
note() { echo "  $*"; }
load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown; }

# ------------------------------------------------------------------ trees and tools

std_src() {
    if [[ -n ${GO_SRC:-} ]]; then echo "$GO_SRC"
    elif [[ -d /usr/share/go-1.19/src ]]; then echo /usr/share/go-1.19/src
    elif command -v go >/dev/null; then echo "$(go env GOROOT)/src"
    fi
}

# The generated tree, as bench/monorepo.sh generates it (and with its parameters, FILES, MEGABYTES
# and SEED): that script prepares it and stops before its own measurements.
prepare_mono() {
    echo "== preparing target/bench-corpus with bench/monorepo.sh's generator"
    PREPARE_ONLY=1 bash "$ROOT/bench/monorepo.sh" | sed 's/^/  /'
}

build() {
    local stale=""
    [[ -f $JAR ]] && stale=$(cd "$ROOT" && find src/main grammar recipes pom.xml -newer "$JAR" -type f -print -quit 2>/dev/null)
    if [[ ! -f $JAR || -n $stale ]]; then
        echo "== building target/gorewrite.jar${stale:+ ($stale is newer than the jar)} ..."
        (cd "$ROOT" && mvn -B -q "${MVN_EXTRA[@]}" -DskipTests package) 2>&1 | sed 's/\x1b\[0m//g'
    fi
    [[ -f $JAR ]] || die "build failed: no $JAR"
}

AST_GREP="" GOFMT=""
find_tools() {
    echo "== reference tools"
    GOFMT=$(command -v gofmt || true)
    [[ -n $GOFMT ]] && note "gofmt:    $GOFMT ($(go version 2>/dev/null || echo 'version unknown'))" \
        || note "gofmt:    NOT AVAILABLE (apt-get install golang-go): job 5 and the layout checks are left out"
    if [[ -x $TOOLS/node_modules/.bin/ast-grep ]]; then
        AST_GREP=$TOOLS/node_modules/.bin/ast-grep
    elif [[ $NO_INSTALL != 1 ]] && command -v npm >/dev/null \
            && npm install --prefix "$TOOLS" --no-audit --no-fund @ast-grep/cli >"$WORK/npm.log" 2>&1; then
        AST_GREP=$TOOLS/node_modules/.bin/ast-grep
    fi
    [[ -n $AST_GREP ]] && note "ast-grep: $AST_GREP ($("$AST_GREP" --version))" \
        || note "ast-grep: NOT AVAILABLE (npm install --prefix target/tools @ast-grep/cli): jobs 1-4 have no reference"
}

# ------------------------------------------------------------------ recipes and rules

write_recipes() {
    local r=$WORK/recipes
    mkdir -p "$r"
    cat > "$r/ioutil.yaml" <<'EOF'
id: bench/ioutil
title: io/ioutil calls become os and io calls
guide: Go 1.16 deprecation of io/ioutil
files: ["**/*.go"]
edits:
  - {guide: ReadFile, matches: all, replace: {from: "ioutil.ReadFile($...A)", to: "os.ReadFile($...A)"}}
  - {guide: WriteFile, matches: all, replace: {from: "ioutil.WriteFile($...A)", to: "os.WriteFile($...A)"}}
  - {guide: ReadAll, matches: all, replace: {from: "ioutil.ReadAll($...A)", to: "io.ReadAll($...A)"}}
EOF
    # ast-grep reads a one-argument call pattern alone, `ioutil.ReadFile($A)`, as a type conversion,
    # which matches no call: its rules give the pattern a function body around it instead.
    local name from to
    : > "$r/ioutil.sg.yaml"
    for name in ReadFile:os WriteFile:os ReadAll:io; do
        from="ioutil.${name%%:*}(\$\$\$A)" to="${name#*:}.${name%%:*}(\$\$\$A)"
        [[ -s $r/ioutil.sg.yaml ]] && echo --- >> "$r/ioutil.sg.yaml"
        sg_rule "${name%%:*}" "$from" "$to" >> "$r/ioutil.sg.yaml"
    done
    sg_rule verbosity '$L.V(0).Info($$$A)' '$L.Info($$$A)' > "$r/verbosity.sg.yaml"
    sg_rule errors-new 'errors.New($M)' 'fmt.Errorf($M)' > "$r/errors-new.sg.yaml"
    sg_rule errors-wrap 'errors.Wrap($E, $M)' 'fmt.Errorf($M+": %w", $E)' > "$r/errors-wrap.sg.yaml"
    sg_rule no-sleep 'time.Sleep($D)' > "$r/no-sleep.sg.yaml"
    cat > "$r/verbosity.yaml" <<'EOF'
id: bench/verbosity
title: V(0).Info becomes Info
guide: logr
files: ["**/*.go"]
edits:
  - {guide: Info, matches: all, replace: {from: "$L.V(0).Info($...A)", to: "$L.Info($...A)"}}
EOF
    cat > "$r/errors-new.yaml" <<'EOF'
id: bench/errors-new
title: errors.New becomes fmt.Errorf
guide: errors
files: ["**/*.go"]
edits:
  - {guide: New, matches: all, replace: {from: "errors.New($M)", to: "fmt.Errorf($M)"}}
EOF
    cat > "$r/errors-wrap.yaml" <<'EOF'
id: bench/errors-wrap
title: errors.Wrap becomes fmt.Errorf with %w
guide: errors
files: ["**/*.go"]
edits:
  - {guide: Wrap, matches: all, replace: {from: "errors.Wrap($E, $M)", to: 'fmt.Errorf($M+": %w", $E)'}}
EOF
    cat > "$r/no-sleep.yaml" <<'EOF'
id: bench/no-sleep
title: No sleeping
guide: lint
files: ["**/*.go"]
checks:
  - {id: no-sleep, says: "nothing sleeps", absent: "time.Sleep($D)"}
EOF
}

# sg_rule ID PATTERN [FIX]: an ast-grep rule for calls matching PATTERN, rewritten to FIX.
sg_rule() {
    printf 'id: %s\nlanguage: go\nrule:\n  pattern:\n    context: %s\n    selector: call_expression\n' \
        "$1" "'func _() { ${2//\'/\'\'} }'"
    [[ -z ${3:-} ]] || printf 'fix: %s\n' "'${3//\'/\'\'}'"
}

# job_setup CORPUS JOB: sets KIND (rewrite/lint/parse), RECIPE, and the reference command REF.
job_setup() {
    local corpus=$1 job=$2 r=$WORK/recipes
    local globs=(--globs '!**/testdata/**' --globs '!**/vendor/**')
    REF=()
    local rule
    case $job in
        1) KIND=rewrite RECIPE=$r/ioutil.yaml rule=$r/ioutil.sg.yaml ;;
        2) KIND=rewrite RECIPE=$r/verbosity.yaml rule=$r/verbosity.sg.yaml ;;
        3) KIND=rewrite RECIPE=$r/errors-wrap.yaml rule=$r/errors-wrap.sg.yaml
           if [[ $corpus == std ]]; then RECIPE=$r/errors-new.yaml rule=$r/errors-new.sg.yaml; fi ;;
        4) KIND=lint RECIPE=$r/no-sleep.yaml rule=$r/no-sleep.sg.yaml ;;
        5) KIND=parse RECIPE=""
           [[ -n $GOFMT ]] && REF=(xargs -0 -a "$WORK/$corpus.files" "$GOFMT" -l) ;;
    esac
    if [[ $job != 5 && -n $AST_GREP ]]; then
        REF=("$AST_GREP" scan --inline-rules "$(cat "$rule")" --json=stream "${globs[@]}" .)
    fi
}

# The gorewrite command of a job, run from inside the tree.
job_command() {
    case $KIND in
        rewrite) CMD=("$LAUNCHER" run --recipes "$RECIPE" .) ;;
        lint) CMD=("$LAUNCHER" check --recipes "$RECIPE" .) ;;
        parse) CMD=("$LAUNCHER" parse .) ;;
    esac
}

# What a run printed, reduced to one number: changed files (a dry run's diffs, ast-grep's files
# with a match), violations (gorewrite check's lines, ast-grep's matches) or files listed by gofmt.
count_g() {
    case $KIND in
        rewrite) grep -c '^diff --git ' "$1" || true ;;
        lint) grep -c ': no-sleep: ' "$1" || true ;;
        parse) echo 0 ;;
    esac
}
count_r() {
    case $KIND in
        rewrite) jq -r .file "$1" | sort -u | wc -l ;;
        lint) wc -l < "$1" ;;
        parse) wc -l < "$1" ;;
    esac
}

# ------------------------------------------------------------------ checks before timing

# verify CORPUS DIR JOB: the set of changed files against ast-grep's, the applied result against
# gofmt -l; records the expected counts in $WORK/CORPUS.JOB.want ("g r").
verify() {
    local corpus=$1 dir=$2 job=$3
    job_setup "$corpus" "$job"; job_command
    local out=$WORK/verify.out rc=0
    (cd "$dir" && "${CMD[@]}" > "$out" 2> "$WORK/verify.err") || rc=$?
    local g r="" ok=ok
    g=$(count_g "$out")
    case $KIND in
        rewrite)
            { grep '^diff --git ' "$out" || true; } | awk '{print substr($3, 3)}' | sort > "$WORK/g.files"
            [[ $rc == 0 ]] || ok="gorewrite exit $rc: $(grep -v '^ ' "$WORK/verify.err" | tail -n 2 | tr '\n' ' ')" ;;
        lint) [[ $rc == 1 || ($rc == 0 && $g == 0) ]] || ok="gorewrite check exit $rc" ;;
        parse) [[ $rc == 0 ]] || ok="gorewrite parse exit $rc" ;;
    esac
    if [[ ${#REF[@]} -gt 0 ]]; then
        (cd "$dir" && "${REF[@]}" > "$WORK/verify.ref" 2> /dev/null) || true
        r=$(count_r "$WORK/verify.ref")
        if [[ $KIND == rewrite ]]; then
            jq -r .file "$WORK/verify.ref" | sed 's|^\./||' | sort -u > "$WORK/r.files"
            if ! cmp -s "$WORK/g.files" "$WORK/r.files"; then
                ok="changed files differ: $(comm -23 "$WORK/g.files" "$WORK/r.files" | wc -l) only gorewrite's, $(comm -13 "$WORK/g.files" "$WORK/r.files" | wc -l) only ast-grep's (e.g. $(comm -3 "$WORK/g.files" "$WORK/r.files" | head -n 1 | tr -d '\t'))"
            fi
        elif [[ $KIND == lint && $g != "$r" ]]; then
            ok="$g violations, ast-grep $r matches"
        elif [[ $KIND == parse && $r != 0 ]]; then
            ok="ok (gofmt -l lists $r files of the tree that are not gofmt-clean)"
        fi
    fi
    if [[ $KIND == rewrite && -n $GOFMT && $ok == ok ]]; then
        ok=$(layout_check "$dir")
    fi
    echo "$g ${r:-0}" > "$WORK/$corpus.$job.want"
    echo "$ok" > "$WORK/$corpus.$job.verified"
    note "$corpus job $job: gorewrite $g, reference ${r:-n/a}: $ok"
}

# layout_check DIR: --apply on a copy of the tree; gofmt -l must list none of the changed files
# that it did not list before (a file that was not gofmt-clean keeps its untouched lines as they were).
layout_check() {
    local dir=$1 copy=$WORK/copy
    [[ -s $WORK/g.files ]] || { echo ok; return; }
    (cd "$dir" && xargs -a "$WORK/g.files" -d '\n' "$GOFMT" -l 2>&1 | sort) > "$WORK/listed.before"
    rm -rf "$copy"
    # the tree's contents, not DIR itself: a DIR that is a symbolic link would be copied as the link,
    # and --apply would then rewrite the real tree
    mkdir "$copy" && cp -a "$dir/." "$copy"
    (cd "$copy" && "${CMD[@]}" --apply > /dev/null 2>&1) || true
    (cd "$copy" && xargs -a "$WORK/g.files" -d '\n' "$GOFMT" -l 2>&1 | sort) > "$WORK/listed.after"
    rm -rf "$copy"
    local worse
    worse=$(comm -13 "$WORK/listed.before" "$WORK/listed.after" | wc -l)
    if [[ $worse == 0 ]]; then
        echo "ok$([[ -s $WORK/listed.before ]] && echo " ($(wc -l < "$WORK/listed.before") changed file(s) were not gofmt-clean before either)")"
    else
        echo "gofmt -l lists $worse of the changed files after --apply (e.g. $(comm -13 "$WORK/listed.before" "$WORK/listed.after" | head -n 1))"
    fi
}

# ------------------------------------------------------------------ timed runs

# run_one CORPUS DIR JOB SIDE(g|r): one fresh-process run; appends "seconds rss_kib exit" to
# $WORK/CORPUS.JOB.SIDE.runs and a failed check to .problems.
run_one() {
    local corpus=$1 dir=$2 job=$3 side=$4
    job_setup "$corpus" "$job"; job_command
    local -a cmd
    if [[ $side == g ]]; then cmd=("${CMD[@]}"); else cmd=("${REF[@]}"); fi
    local key=$WORK/$corpus.$job.$side out=$WORK/run.out t0 t1 rc=0
    t0=$EPOCHREALTIME
    (cd "$dir" && "$GNU_TIME" -q -f '%M' -o "$key.time" "${cmd[@]}" < /dev/null > "$out" 2> /dev/null) || rc=$?
    t1=$EPOCHREALTIME
    local want_g want_r got
    read -r want_g want_r < "$WORK/$corpus.$job.want"
    if [[ $side == g ]]; then got=$(count_g "$out"); [[ $got == "$want_g" ]] || echo "got $got, want $want_g" >> "$key.problems"
    else got=$(count_r "$out"); [[ $got == "$want_r" ]] || echo "got $got, want $want_r" >> "$key.problems"; fi
    echo "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }') $(tail -n 1 "$key.time") $rc" >> "$key.runs"
}

tree_dir() { local v="DIR_$1"; echo "${!v}"; }
median() { awk '{print $1}' "$1" | sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
spread() { awk '{print $1}' "$1" | sort -g | awk 'NR == 1 {lo = $1} {hi = $1} END {printf "%.2f-%.2f", lo, hi}'; }
rss() { awk '$2 > m {m = $2} END {printf "%.0f", m / 1024}' "$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
le() { awk -v v="$1" -v t="$2" 'BEGIN { exit !(v <= t) }'; }

# ------------------------------------------------------------------ report

JOB_NAME=([1]="rare name (ioutil)" [2]="common names (.V(0).Info)" [3]="hundreds of files" [4]="lint (time.Sleep)" [5]="parse")
REF_NAME=([1]=ast-grep [2]=ast-grep [3]=ast-grep [4]=ast-grep [5]="gofmt -l")

report() {
    local commit
    commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
    echo
    echo "---- paste from here ----"
    echo "Codemod benchmark: bash bench/codemods.sh (commit $commit, $(date -u +%Y-%m-%d), $(nproc) cores, $(java -version 2>&1 | sed -n 1p); ${AST_GREP:+$("$AST_GREP" --version), }$(go version 2>/dev/null | awk '{print "gofmt " $3}'))"
    echo "Medians of $RUNS fresh-process runs (min-max), round-robin; load average before: $LOAD_BEFORE, after: $(load)"
    printf '| %-5s | %-28s | %-7s | %-18s | %-8s | %-18s | %-8s | %-5s | %-7s | %s |\n' tree job changed gorewrite "peak RSS" reference "peak RSS" ratio target checks
    printf '|%s|\n' "-------|------------------------------|---------|--------------------|----------|--------------------|----------|-------|---------|------"
    local corpus job
    for corpus in $CORPORA; do
        for job in $JOBS; do
            local key=$WORK/$corpus.$job
            [[ -f $key.g.runs ]] || continue
            local g gr="n/a" r="" rr="n/a" rat="n/a" verdict checks changed
            g="$(median "$key.g.runs") ($(spread "$key.g.runs"))"
            if [[ -f $key.r.runs ]]; then
                r=$(median "$key.r.runs"); gr="$r ($(spread "$key.r.runs"))"; rr="$(rss "$key.r.runs") MiB"
                rat=$(ratio "$(median "$key.g.runs")" "$r")
            fi
            verdict=MISS
            if [[ $rat != n/a ]] && le "$rat" 1.00 && { [[ $job == 5 ]] || le "$(rss "$key.g.runs")" "$MAX_RSS_MIB"; }; then verdict=PASS; fi
            checks=$(cat "$key.verified")
            [[ -s $key.g.problems || -s $key.r.problems ]] && checks="$checks; FAILED in a timed run: $(cat "$key".*.problems | sort -u | head -n 1)"
            changed=$(cut -d' ' -f1 "$key.want")
            printf '| %-5s | %-28s | %7s | %-18s | %4s MiB | %-18s | %8s | %5s | %-7s | %s |\n' "$corpus" "$job ${JOB_NAME[$job]}" \
                "$changed" "$g" "$(rss "$key.g.runs")" "${REF_NAME[$job]} $gr" "$rr" "$rat" "$verdict" "$checks"
        done
    done
    echo "(changed: files changed, violations for the lint, 0 for parse; ratio: gorewrite / reference; target: jobs 1-4 ratio <= 1 and gorewrite's peak RSS <= $MAX_RSS_MIB MiB, job 5 ratio <= 1)"
    echo "---- to here ----"
}

# ------------------------------------------------------------------ main

main() {
    if [[ ${1:-} == -h || ${1:-} == --help ]]; then
        sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'
        exit 0
    fi
    [[ -x $GNU_TIME ]] || die "$GNU_TIME missing (apt-get install time)"
    command -v jq >/dev/null || die "jq missing (apt-get install jq): it reads ast-grep's JSON"
    cd "$ROOT"
    LOAD_BEFORE=$(load)
    build
    local corpus
    for corpus in $CORPORA; do
        case $corpus in
            std) DIR_std=$(std_src); [[ -n $DIR_std && -d $DIR_std ]] || die "no Go standard library (set GO_SRC)" ;;
            mono) prepare_mono; DIR_mono=$ROOT/target/bench-corpus ;;
            *) die "unknown corpus $corpus (std or mono)" ;;
        esac
    done
    find_tools
    write_recipes
    for corpus in $CORPORA; do
        local dir; dir=$(tree_dir "$corpus")
        # the same file list as gorewrite's walk: *.go outside testdata, vendor and dot-folders
        (cd "$dir" && find . \( -name testdata -o -name vendor -o -name '.?*' \) -prune -o -name '*.go' -type f -print0) > "$WORK/$corpus.files"
        note "$corpus: $dir, $(tr -cd '\0' < "$WORK/$corpus.files" | wc -c) .go files"
        find "$dir" -name '*.go' -type f -print0 | xargs -0 cat > /dev/null
    done
    echo "== checks (one untimed run of each command, also warming the caches)"
    local job
    for corpus in $CORPORA; do
        for job in $JOBS; do verify "$corpus" "$(tree_dir "$corpus")" "$job"; done
    done
    echo "== $RUNS rounds; each runs every command once, in a fresh process"
    local round side
    for ((round = 1; round <= RUNS; round++)); do
        printf '  round %d (load %s):' "$round" "$(cut -d' ' -f1 /proc/loadavg)"
        for corpus in $CORPORA; do
            local dd; dd=$(tree_dir "$corpus")
            for job in $JOBS; do
                job_setup "$corpus" "$job"
                for side in g r; do
                    [[ $side == r && ${#REF[@]} == 0 ]] && continue
                    run_one "$corpus" "$dd" "$job" "$side"
                    printf ' %s%s%s %ss' "$corpus" "$job" "$side" "$(tail -n 1 "$WORK/$corpus.$job.$side.runs" | cut -d' ' -f1)"
                done
            done
        done
        echo
    done
    report
}

main "$@"
