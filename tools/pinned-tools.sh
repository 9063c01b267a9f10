# Sourced by tools/render-shots.sh and tools/render-icon.sh: installs (once)
# and names the pinned resvg and oxipng both use, so the PNGs they make are
# the same byte for byte on every machine. Sets RESVG and OXIPNG.
RESVG_VERSION=0.45.1
OXIPNG_VERSION=9.1.5

RESVG_ROOT="${RESVG_ROOT:-${CARGO_HOME:-$HOME/.cargo}/stepwise-tools/resvg-$RESVG_VERSION}"
RESVG="$RESVG_ROOT/bin/resvg"
if ! [ -x "$RESVG" ] || [ "$("$RESVG" --version 2>/dev/null)" != "$RESVG_VERSION" ]; then
  echo "installing resvg $RESVG_VERSION into $RESVG_ROOT" >&2
  cargo install resvg --version "$RESVG_VERSION" --locked --root "$RESVG_ROOT" >&2
fi
OXIPNG_ROOT="${OXIPNG_ROOT:-${CARGO_HOME:-$HOME/.cargo}/stepwise-tools/oxipng-$OXIPNG_VERSION}"
OXIPNG="$OXIPNG_ROOT/bin/oxipng"
if ! [ -x "$OXIPNG" ] || [ "$("$OXIPNG" --version 2>/dev/null)" != "oxipng $OXIPNG_VERSION" ]; then
  echo "installing oxipng $OXIPNG_VERSION into $OXIPNG_ROOT" >&2
  cargo install oxipng --version "$OXIPNG_VERSION" --locked --root "$OXIPNG_ROOT" >&2
fi
