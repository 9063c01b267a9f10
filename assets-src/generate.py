#!/usr/bin/env python3
"""Generate the Stepwise mock-up screenshots as SVG files (stdlib only).

Writes
  assets-src/svg/<form>/<name>.svg   one SVG per screen (rendered to PNG by resvg)
  assets-src/regions.json            bounding boxes of controls and regions
  docs/images.md                     the same boxes as tables, plus alt text

The drawing code is the package assets-src/mockups/ (shared helpers, one module
per device family; see its __init__.py). This file is only the entry point
that tools/render-shots.sh runs:

  python3 assets-src/generate.py RESVG_VERSION OXIPNG_VERSION
"""
import sys
from pathlib import Path

sys.dont_write_bytecode = True   # keep assets-src/mockups/ free of __pycache__
sys.path.insert(0, str(Path(__file__).resolve().parent))

from mockups.build import main  # noqa: E402

if __name__ == "__main__":
    main(sys.argv[1:])
