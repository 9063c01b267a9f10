#!/usr/bin/env bash
# Render the Stepwise mock-up screenshots, reproducibly.
#
#   tools/render-shots.sh           regenerate SVGs + docs/images.md, render assets/shots/**/*.png
#   tools/render-shots.sh --check   render into a temp dir and compare with the committed PNGs
#
# Needs python3 (3.11, stdlib only) and cargo (to install the pinned resvg and
# oxipng once). resvg draws each SVG with only the committed Inter font files;
# oxipng then recompresses the PNG losslessly. Both are pinned, so the PNGs are
# the same byte for byte on every run.
set -euo pipefail

RESVG_VERSION=0.45.1
OXIPNG_VERSION=9.1.5
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

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

python3 assets-src/generate.py "$RESVG_VERSION" "$OXIPNG_VERSION"

OUT=assets/shots
CHECK=0
if [ "${1:-}" = "--check" ]; then
  CHECK=1
  OUT="$(mktemp -d)"
  trap 'rm -rf "$OUT"' EXIT
fi

FONT_ARGS=()
for f in assets-src/fonts/Inter-Regular.otf assets-src/fonts/Inter-Medium.otf \
         assets-src/fonts/Inter-SemiBold.otf assets-src/fonts/Inter-Bold.otf; do
  FONT_ARGS+=(--use-font-file "$f")
done

status=0
for svg in assets-src/svg/*/*.svg; do
  rel="${svg#assets-src/svg/}"
  png="$OUT/${rel%.svg}.png"
  mkdir -p "$(dirname "$png")"
  "$RESVG" --skip-system-fonts "${FONT_ARGS[@]}" "$svg" "$png"
  "$OXIPNG" --quiet --opt 2 --strip safe --threads 1 "$png"
  if [ "$CHECK" = 1 ]; then
    if ! cmp -s "$png" "assets/shots/${rel%.svg}.png"; then
      echo "DIFFERS: assets/shots/${rel%.svg}.png" >&2
      status=1
    fi
  fi
done

if [ "$CHECK" = 1 ]; then
  [ "$status" = 0 ] && echo "all PNGs match the committed ones"
  exit "$status"
fi
(cd assets/shots && sha256sum */*.png)
if find assets/shots -name '*.png' -size +150k | grep -q .; then
  echo "warning: PNGs over 150 KB:" >&2
  find assets/shots -name '*.png' -size +150k >&2
fi
