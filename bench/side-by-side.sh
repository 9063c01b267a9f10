#!/usr/bin/env bash
# A cargo bench of this tree against the same bench of an older commit, on
# the same machine, run alternately so that both see the same noise.
#
#   bench/side-by-side.sh COMMIT BENCH [ROUNDS] [-- CARGO FLAGS...]
#   bench/side-by-side.sh 94f1302 export 6 -- --no-default-features --features export
#   bench/side-by-side.sh 94f1302 ui 4
#
# Builds both benches into one target folder (/tmp/stepwise-sbs, so the
# dependencies are built once), runs each ROUNDS times (default 6), in the
# order old, new, new, old, ..., and prints each benchmark's median of
# medians before and after and their ratio. With CALLGRIND=NAME it also
# counts the instructions of benchmark NAME in both under valgrind, which
# does not depend on what else the machine is doing.
set -euo pipefail
cd "$(dirname "$0")/.."
commit=$1 bench=$2 rounds=${3:-6}
shift 2; [ $# -gt 0 ] && [ "$1" != "--" ] && shift
[ "${1:-}" = "--" ] && shift
flags=("$@")

export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/tmp/stepwise-sbs}
# Symbols and line tables for callgrind; the code is the same either way.
export CARGO_PROFILE_BENCH_DEBUG=line-tables-only CARGO_PROFILE_BENCH_STRIP=none
old_tree=$(mktemp -d /tmp/stepwise-sbs-tree.XXXXXX)
trap 'git worktree remove --force "$old_tree" 2>/dev/null || true' EXIT
git worktree add --detach --force "$old_tree" "$commit" >/dev/null 2>&1

built() { # the bench executable cargo reports for the tree in $1
  (cd "$1" && cargo bench --locked --bench "$bench" --no-run "${flags[@]}" 2>&1) |
    sed -n "s/^ *Executable benches\/$bench.rs (\(.*\))$/\1/p" | tail -1
}
before=$(built "$old_tree")
after=$(built .)
[ -x "$before" ] && [ -x "$after" ] || { echo "a bench did not build" >&2; exit 1; }

python3 - "$before" "$after" "$rounds" <<'PY'
import collections, re, statistics, subprocess, sys
bins = {"before": sys.argv[1], "after": sys.argv[2]}
rounds = int(sys.argv[3])
units = {"s": 1e3, "ms": 1.0, "µs": 1e-3, "μs": 1e-3, "ns": 1e-6}
medians = collections.defaultdict(list)
for r in range(rounds):
    for label in (("before", "after") if r % 2 == 0 else ("after", "before")):
        out = subprocess.run([bins[label], "--bench"], capture_output=True,
                             text=True, check=True).stdout
        for line in out.splitlines():
            cells = line.split("│")
            name = re.match(r"\W*(\w+)\s+\S", cells[0]) if len(cells) > 2 else None
            value = cells[2].split() if name else []
            if len(value) == 2 and value[1] in units:
                medians[(name.group(1), label)].append(float(value[0]) * units[value[1]])
print(f"{'benchmark':34} {'before':>12} {'after':>12} {'ratio':>6}  ({rounds} runs each, ms)")
for name in sorted({n for n, _ in medians}):
    b = statistics.median(medians[(name, "before")])
    a = statistics.median(medians[(name, "after")])
    print(f"{name:34} {b:12.3f} {a:12.3f} {a / b:6.3f}")
PY

if [ -n "${CALLGRIND:-}" ]; then
  for label in before after; do
    exe=${!label}
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$exe" --bench "$CALLGRIND" \
      --sample-count 3 --sample-size 1 2>&1 >/dev/null |
      sed -n "s/.*Collected : /$label: instructions in $CALLGRIND (3 samples + start): /p"
  done
fi
