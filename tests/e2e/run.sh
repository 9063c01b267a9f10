#!/usr/bin/env bash
# Runs one end-to-end scenario of tests/e2e/drive.py against the real
# Stepwise binary, the way a screen reader meets it: a private D-Bus
# session, a virtual X screen (Xvfb), the AT-SPI accessibility bus and its
# registry, keys typed with xdotool.
#
#   tests/e2e/run.sh BINARY SCENARIO [APP ARGS...]
#
# Needs (Debian): xvfb xauth xdotool dbus at-spi2-core python3-pyatspi
# gir1.2-atspi-2.0 libglib2.0-bin. Everything it starts lives in one
# temporary folder and is stopped by process id when it ends.
set -u
here=$(cd "$(dirname "$0")" && pwd)

if [ -z "${STEPWISE_E2E_INSIDE:-}" ]; then
    work=$(mktemp -d /tmp/stepwise-e2e.XXXXXX)
    mkdir -p "$work/home" "$work/config" "$work/cache" "$work/data"
    mkdir -m 700 "$work/runtime"
    export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" \
        XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/runtime" STEPWISE_E2E_INSIDE="$work"
    unset DBUS_SESSION_BUS_ADDRESS AT_SPI_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY
    dbus-run-session -- "$0" "$@"
    status=$?
    rm -rf "$work"
    exit $status
fi

# Inside the private session bus.
work=$STEPWISE_E2E_INSIDE
pids=()
stop_all() {
    for (( i=${#pids[@]}-1; i>=0; i-- )); do
        kill "${pids[$i]}" 2>/dev/null
    done
    wait 2>/dev/null
}
trap stop_all EXIT

Xvfb -displayfd 9 -screen 0 1280x800x24 -nolisten tcp 9>"$work/display" >"$work/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 200); do [ -s "$work/display" ] && break; sleep 0.05; done
export DISPLAY=":$(head -1 "$work/display")"

# The accessibility bus, switched on (accesskit listens for IsEnabled).
/usr/libexec/at-spi-bus-launcher --launch-immediately --a11y=1 >"$work/bus.log" 2>&1 &
pids+=($!)
gdbus wait --session --timeout 10 org.a11y.Bus || { echo "e2e: no accessibility bus" >&2; exit 2; }
/usr/libexec/at-spi2-registryd >"$work/registry.log" 2>&1 &
pids+=($!)

/usr/bin/python3 "$here/drive.py" "$@"
