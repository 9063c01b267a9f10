#!/usr/bin/env bash
# Stepwise against a bare eframe window, on the same machine, in the same run.
#
#   bench/run.sh [N]        (default N = 10 runs of each, alternating)
#   VS=OTHER bench/run.sh [N]   the same against another Stepwise binary
#                           (an older commit's release build) instead of bare
#   APP=THIS VS=OTHER bench/run.sh [N]   two given binaries, nothing built
#
# Under Xvfb, runs target/release/stepwise and target/release/examples/bare
# alternately and prints the median of each and their ratio for:
#   - time from process start to the first painted frame (ms),
#   - peak resident memory (MB, from /usr/bin/time -v),
#   - frames painted during 5 idle seconds, one second after the first frame
#     (read by a thread that never wakes the window, so each counted frame
#     is one the program asked for; STEPWISE_BENCH_CAUSES=1 prints why).
# Needs: xvfb xdotool time (apt-get install -y xvfb xdotool time).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}

target=${CARGO_TARGET_DIR:-target}
if [ -n "${APP:-}" ]; then
  app=$APP
else
  cargo build --release --locked --quiet
  app=$target/release/stepwise
fi
if [ -n "${VS:-}" ]; then
  bare=$VS
else
  cargo build --release --locked --quiet --example bare
  bare=$target/release/examples/bare
fi
for tool in Xvfb xdotool /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: $tool missing: apt-get install -y xvfb xdotool time" >&2; exit 2; }
done

export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/xdg-runtime-$(id -u)}
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
display=90
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill $xvfb_pid 2>/dev/null || true' EXIT
export DISPLAY=":$display"
for _ in $(seq 100); do xdotool getmouselocation >/dev/null 2>&1 && break; sleep 0.1; done
# The pointer rests in a corner, outside both windows (1180x780 at 0,0).
# -noreset above keeps it there: by default Xvfb resets when its last client
# leaves, which puts the pointer back in the middle of the screen, over a
# tile whose tooltip would then open during the idle count.
xdotool mousemove 1279 799
# Each run gets a fresh HOME, so no saved state changes what is drawn.
scratch=$(mktemp -d)
trap 'kill $xvfb_pid 2>/dev/null || true; rm -rf "$scratch"' EXIT

first_frame_ms() { # program -> ms from exec to first painted frame
  local start end
  start=$(date +%s%N)
  end=$(HOME="$scratch" STEPWISE_BENCH=first-frame "$1" 2>/dev/null | sed -n 's/^first-frame-unix-ns: //p')
  echo $(( (end - start) / 1000000 ))
}
peak_rss_mb() { # program -> peak RSS in MB over a first-frame run
  HOME="$scratch" STEPWISE_BENCH=first-frame /usr/bin/time -v "$1" 2>&1 >/dev/null |
    sed -n 's/^\s*Maximum resident set size (kbytes): //p' | awk '{ printf "%d\n", $1 / 1024 }'
}
idle_frames() { # program -> frames painted in 5 idle seconds
  HOME="$scratch" STEPWISE_BENCH=idle:5 "$1" 2>/dev/null | sed -n 's/^idle-frames: //p'
}
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

declare -A samples
for i in $(seq "$runs"); do
  for who in app bare; do
    program=${!who}
    samples[$who-ff]+="$(first_frame_ms "$program") "
    samples[$who-rss]+="$(peak_rss_mb "$program") "
    samples[$who-idle]+="$(idle_frames "$program") "
  done
  echo "run $i of $runs done" >&2
done

row() { # label unit key
  local a b
  a=$(tr ' ' '\n' <<<"${samples[app-$3]}" | grep . | median)
  b=$(tr ' ' '\n' <<<"${samples[bare-$3]}" | grep . | median)
  awk -v l="$1" -v u="$2" -v a="$a" -v b="$b" 'BEGIN { r = (b > 0) ? sprintf("%.2f", a / b) : "-"; printf "%-26s %10s %10s %8s\n", l " (" u ")", a, b, r }'
}
printf "%-26s %10s %10s %8s\n" "median of $runs" stepwise "$([ -n "${VS:-}" ] && echo other || echo bare)" ratio
row "first frame" ms ff
row "peak RSS" MB rss
row "idle frames in 5 s" frames idle
printf "idle frames, every run: stepwise %s| bare %s\n" "${samples[app-idle]}" "${samples[bare-idle]}"
