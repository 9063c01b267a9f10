"""Command-line entry: `python3 -m mockups [RESVG_VERSION [OXIPNG_VERSION]]` from assets-src/."""
import sys

from .build import main

main(sys.argv[1:])
