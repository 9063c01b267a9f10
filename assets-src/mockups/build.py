"""Output: draws every screen and writes the SVGs, assets-src/regions.json and docs/images.md.

The screens come from the family modules in a fixed order (TV, phone, web);
regions are sorted by position with the Illustration tag last, so every run
writes the same bytes.
"""
from __future__ import annotations

import json
from pathlib import Path

from . import phone, tv, web

SRC = Path(__file__).resolve().parent.parent
ROOT = SRC.parent
SVG_DIR = SRC / "svg"

SCREENS = tv.SCREENS + phone.SCREENS + web.SCREENS

DOC_HEAD = """# Mock-up screenshots

Generated file: do not edit by hand. The Python package `assets-src/mockups/`,
run through `assets-src/generate.py`, writes this page, the SVG sources and
`assets-src/regions.json`; `tools/render-shots.sh` renders the PNGs.

## Render

```sh
tools/render-shots.sh
```

The script installs two pinned command-line tools from crates.io if they are
missing (`cargo install resvg --version {resvg} --locked` and `cargo install
oxipng --version {oxipng} --locked`, into
`${{CARGO_HOME:-~/.cargo}}/stepwise-tools/`), runs `python3
assets-src/generate.py` (Python 3.11, standard library only), then renders
every `assets-src/svg/<form>/<name>.svg` to `assets/shots/<form>/<name>.png`:

```sh
resvg --skip-system-fonts --use-font-file assets-src/fonts/Inter-Regular.otf \\
      --use-font-file ...Medium.otf --use-font-file ...SemiBold.otf \\
      --use-font-file ...Bold.otf in.svg out.png
oxipng --quiet --opt 2 --strip safe --threads 1 out.png   # lossless recompression
```

Only the committed font files are used, both tools are pinned, and the SVGs
are plain text written in a fixed order, so the PNGs come out the same byte for
byte on every run. The script ends by printing the sha256 of every PNG (and
warns about any PNG over 150 KB); `tools/render-shots.sh --check` renders into
a temporary folder and fails if anything differs from the committed PNGs.

To change an image, edit its function in `assets-src/mockups/`: one module per
device family (`tv.py`, `phone.py`, `web.py`), one function per screen, each
marked `@screen(name, alt text)` and listed in the module's `SCREENS`. The
shared pieces sit beside them: `canvas.py` (SVG primitives, text, region
boxes), `parts.py` (avatar, wordmark, the Illustration tag, buttons),
`artwork.py` (title tiles, billboard, poster wall), `icons.py`, `palette.py`
and `fonts.py` (text widths); `build.py` writes the files. Then run the
script and look at the PNG: the boxes below and `assets-src/regions.json` are
regenerated with it.

## Font

Inter 4.0 beta 7 (Regular, Medium, SemiBold, Bold), by The Inter Project
Authors, under the SIL Open Font License 1.1. The static OTF files were taken
from Debian's `fonts-inter` package (4.0~beta7+ds-1). Files:
`assets-src/fonts/Inter-*.otf`, licence in `assets-src/fonts/OFL.txt`.

## Style rules

- No service logo, artwork or real screenshots. Where the real app shows its
  logo, the images show the neutral wordmark **STREAMING** (Inter Bold, white
  on dark pages, near-black on light pages, never red).
- Every image carries a small rounded **Illustration** pill: TV at the bottom
  right, phone centred in the status bar, web at the right end of the browser
  strip. Its box is listed as `illustration_tag`; it is not a control.
- Title tiles are gradient rectangles with simple shapes and made-up titles
  (Ocean Drift, Night Market, Glass Harbor, ...).
- One palette: page `#141414`, panels `#1F1F1F`, raised controls `#2E2E2E`,
  text white / `#B3B3B3`; light pages `#F3F3F3` with white cards; a neutral
  blue accent `#2F6FED` for primary buttons, links and progress bars.
- TV focus is a white fill with dark text (the item the remote is on).
- Menu labels use the real wording (Get Help, Sign Out, Account, Sign out of
  Netflix, Manage access and devices, Sign out of all devices).
- Nothing is highlighted for the reader: the app draws its own boxes, arrows
  and numbered callouts from the coordinates below.
- Sizes: TV 1280x720 (except `tv/menu-layouts`, two TVs side by side, 1280x440), phone 780x1688 (a 2x phone: status bar at the top, tab
  bar at the bottom), web 1440x900 (a plain browser strip 72 px high on top).

## Coordinates

All rectangles are `(x, y, w, h)` in image pixels, origin at the top-left.
The same data is in `assets-src/regions.json` (keyed by image, then id).
Rectangles of text-sized controls come from the font's advance widths, so they
can be a pixel or two wider than the ink.
"""


def sorted_regions(c):
    """The screen's boxes top to bottom, then left to right, the Illustration tag last; ids unique, all inside."""
    regs = sorted(c.regions, key=lambda r: (r["id"] == "illustration_tag", r["y"], r["x"]))
    ids = [r["id"] for r in regs]
    assert len(ids) == len(set(ids)), (c.key, ids)
    for r in regs:
        assert 0 <= r["x"] and 0 <= r["y"] and r["x"] + r["w"] <= c.w and r["y"] + r["h"] <= c.h, (c.key, r)
    return regs


def main(argv):
    """argv: [RESVG_VERSION [OXIPNG_VERSION]], quoted in docs/images.md."""
    resvg_version = argv[0] if len(argv) > 0 else "0.45.1"
    oxipng_version = argv[1] if len(argv) > 1 else "9.1.5"
    all_regions = {}
    doc = [DOC_HEAD.format(resvg=resvg_version, oxipng=oxipng_version)]
    for make in SCREENS:
        c = make()
        out = SVG_DIR / f"{c.key}.svg"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(c.svg(), encoding="utf-8")
        regs = sorted_regions(c)
        all_regions[f"{c.key}.png"] = {
            "size": [c.w, c.h], "alt": c.alt,
            "regions": {r["id"]: {"label": r["label"], "rect": [r["x"], r["y"], r["w"], r["h"]]} for r in regs},
        }
        doc.append(f"\n### `assets/shots/{c.key}.png` ({c.w}x{c.h})\n\nAlt text: {c.alt}\n")
        doc.append("| id | control or region | (x, y, w, h) |\n| --- | --- | --- |")
        for r in regs:
            doc.append(f"| `{r['id']}` | {r['label']} | ({r['x']}, {r['y']}, {r['w']}, {r['h']}) |")
    (SRC / "regions.json").write_text(json.dumps(all_regions, indent=1, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    (ROOT / "docs").mkdir(exist_ok=True)
    (ROOT / "docs" / "images.md").write_text("\n".join(doc) + "\n", encoding="utf-8")
    print(f"wrote {len(SCREENS)} SVGs, assets-src/regions.json, docs/images.md")
