"""Stepwise mock-up screenshots, drawn as SVG (Python 3.11, standard library only).

Shared helpers
  fonts.py    advance widths from the committed Inter fonts; tw() and wrap()
  palette.py  colours, tile colours, made-up titles, the STREAMING wordmark
  canvas.py   Canvas: SVG primitives, text, gradients, clips, region recording;
              screen_maker() for a family's @screen decorator
  icons.py    24x24 line icons
  parts.py    avatar, wordmark, the "Illustration" tag, buttons, pills
  artwork.py  made-up title tiles, billboard art, poster walls, a QR-like pattern
Device families, one module each, each ending with its SCREENS list
  tv.py       1280x720
  phone.py    780x1688
  web.py      1440x900
Output
  build.py    draws every screen, writes assets-src/svg/, assets-src/regions.json
              and docs/images.md
  __main__.py command-line entry (assets-src/generate.py does the same)

Every coordinate is computed; nothing is eyeballed.
"""
