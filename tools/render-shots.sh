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

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

source tools/pinned-tools.sh

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
