#!/usr/bin/env bash
# Render the Stepwise application icon, reproducibly.
#
#   tools/render-icon.sh           regenerate assets-src/icon/stepwise.svg and
#                                  render assets/icons/stepwise-{32,48,64,128,256,512}.png
#   tools/render-icon.sh --check   regenerate + render into a temp dir and compare with the
#                                  committed SVG and PNGs (exit 1 on any difference)
#
# Needs python3 (3.11, stdlib only) and cargo (to install the pinned resvg and
# oxipng once, into the same place tools/render-shots.sh uses). The icon has
# no text, so resvg loads no fonts at all. Both tools are pinned, so the PNGs
# are the same byte for byte on every run.
set -euo pipefail

SIZES=(32 48 64 128 256 512)
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

source tools/pinned-tools.sh

SVG=assets-src/icon/stepwise.svg
OUT=assets/icons
CHECK=0
status=0
if [ "${1:-}" = "--check" ]; then
  # Work in a temp dir so --check leaves the tree alone; also catch an SVG
  # that no longer matches generate.py.
  CHECK=1
  OUT="$(mktemp -d)"
  trap 'rm -rf "$OUT"' EXIT
  python3 assets-src/icon/generate.py "$OUT/stepwise.svg"
  if ! cmp -s "$OUT/stepwise.svg" "$SVG"; then
    echo "DIFFERS: $SVG" >&2
    status=1
  fi
  SVG="$OUT/stepwise.svg"
else
  python3 assets-src/icon/generate.py
  mkdir -p "$OUT"
fi

for n in "${SIZES[@]}"; do
  png="$OUT/stepwise-$n.png"
  "$RESVG" --skip-system-fonts -w "$n" -h "$n" "$SVG" "$png"
  "$OXIPNG" --quiet --opt 4 --strip all --threads 1 "$png"
  if [ "$CHECK" = 1 ]; then
    if ! cmp -s "$png" "assets/icons/stepwise-$n.png"; then
      echo "DIFFERS: assets/icons/stepwise-$n.png" >&2
      status=1
    fi
  fi
done

if [ "$CHECK" = 1 ]; then
  [ "$status" = 0 ] && echo "all icon PNGs match the committed ones"
  exit "$status"
fi
# The Windows .exe icon: the PNGs above, packed unchanged into one .ico.
python3 tools/make-ico.py >/dev/null
(cd assets/icons && sha256sum stepwise-*.png stepwise.ico)
