#!/usr/bin/env bash
# Start-up of two Stepwise binaries side by side, first frame only, with
# more runs than bench/run.sh takes (the spread on a shared machine is
# about 5 %):
#
#   bench/first-frame.sh N NEW OLD
#
# Runs NEW and OLD alternately N times under one Xvfb, each with a fresh
# HOME and STEPWISE_BENCH=first-frame, and prints the median milliseconds
# from exec to the first painted frame, then every run.
# Needs: xvfb xdotool (apt-get install -y xvfb xdotool).
set -euo pipefail
n=$1 a=$2 b=$3
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/xdg-runtime-$(id -u)}
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
display=90
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb_pid=$!
scratch=$(mktemp -d)
trap 'kill $xvfb_pid 2>/dev/null || true; rm -rf "$scratch"' EXIT
export DISPLAY=":$display"
for _ in $(seq 100); do xdotool getmouselocation >/dev/null 2>&1 && break; sleep 0.1; done
# The pointer rests outside both windows (see bench/run.sh).
xdotool mousemove 1279 799
first_frame_ms() {
  local start end
  start=$(date +%s%N)
  end=$(HOME="$scratch" STEPWISE_BENCH=first-frame "$1" 2>/dev/null | sed -n 's/^first-frame-unix-ns: //p')
  echo $(( (end - start) / 1000000 ))
}
new=() old=()
for _ in $(seq "$n"); do
  new+=("$(first_frame_ms "$a")")
  old+=("$(first_frame_ms "$b")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
echo "first frame, median of $n: $(median "${new[@]}") ms ($a) against $(median "${old[@]}") ms ($b)"
echo "$a: ${new[*]}"
echo "$b: ${old[*]}"
