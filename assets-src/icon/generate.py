#!/usr/bin/env python3
"""Generate the Stepwise application icon as an SVG (stdlib only).

Writes
  assets-src/icon/stepwise.svg   512 x 512 viewBox, no text, no fonts

The icon is a blue rounded tile (a superellipse, like a modern desktop app
icon) carrying a white three-row checklist: the first two rows are ticked,
the third row is the current step and wears the amber ring that Stepwise
draws around "press here" on its screenshots.

Every coordinate is computed here and written with at most two decimals in a
fixed order, so the file is the same byte for byte on every run.  Run it
through tools/render-icon.sh, which also renders assets/icons/stepwise-N.png.
"""
from __future__ import annotations

import math
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "stepwise.svg"

SIZE = 512

# Colours (the blue and the amber are the app theme's accent and mark colours).
BLUE_TOP = "#4A8BFF"
BLUE_BOTTOM = "#1F5FD1"
BLUE_DEEP = "#123E91"  # shadow tint under the white glyph
WHITE = "#FFFFFF"
AMBER = "#FFA01C"

# Tile: a superellipse |x/a|^n + |y/a|^n = 1 with a small margin.
TILE_MARGIN = 32
TILE_EXPONENT = 5.0
TILE_POINTS = 720

# Checklist: three rows, one bubble + one bar each.
ROW_Y = (162, 256, 350)
BUBBLE_X = 170
BUBBLE_R = 40
BAR_X0 = 238
BAR_X1 = 384
BAR_H = 38
CHECK_W = 15
RING_W = 16
RING_GAP = 10


def num(v: float) -> str:
    """Format a number with at most two decimals and no trailing zeros."""
    r = round(float(v), 2)
    if r == 0:
        r = 0.0  # no "-0"
    s = f"{r:.2f}".rstrip("0").rstrip(".")
    return s


def superellipse_path(cx: float, cy: float, a: float, n: float, points: int) -> str:
    """A closed polygon through `points` samples of a superellipse."""
    parts = []
    for i in range(points):
        t = 2 * math.pi * i / points
        c, s = math.cos(t), math.sin(t)
        x = cx + a * math.copysign(abs(c) ** (2 / n), c)
        y = cy + a * math.copysign(abs(s) ** (2 / n), s)
        parts.append(f"{'M' if i == 0 else 'L'}{num(x)} {num(y)}")
    return "".join(parts) + "Z"


def check_path(cx: float, cy: float, r: float) -> str:
    """A tick mark centred in a bubble of radius r."""
    p = [
        (cx - 0.46 * r, cy + 0.02 * r),
        (cx - 0.12 * r, cy + 0.36 * r),
        (cx + 0.48 * r, cy - 0.30 * r),
    ]
    return "M" + " L".join(f"{num(x)} {num(y)}" for x, y in p)


def glyph(colour: str) -> list[str]:
    """The white checklist (drawn twice: once as a shadow, once for real)."""
    out = []
    for i, y in enumerate(ROW_Y):
        done = i < 2
        if done:
            out.append(
                f'<circle cx="{num(BUBBLE_X)}" cy="{num(y)}" r="{num(BUBBLE_R)}" fill="{colour}"/>'
            )
        else:
            # current step: a hollow white bubble
            out.append(
                f'<circle cx="{num(BUBBLE_X)}" cy="{num(y)}" r="{num(BUBBLE_R - RING_W / 2)}" '
                f'fill="none" stroke="{colour}" stroke-width="{num(RING_W)}"/>'
            )
        op = "0.72" if done else "1"
        out.append(
            f'<rect x="{num(BAR_X0)}" y="{num(y - BAR_H / 2)}" width="{num(BAR_X1 - BAR_X0)}" '
            f'height="{num(BAR_H)}" rx="{num(BAR_H / 2)}" fill="{colour}" fill-opacity="{op}"/>'
        )
    return out


def build() -> str:
    c = SIZE / 2
    a = c - TILE_MARGIN
    tile = superellipse_path(c, c, a, TILE_EXPONENT, TILE_POINTS)
    inner = superellipse_path(c, c, a - 3, TILE_EXPONENT, TILE_POINTS)
    lines = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{SIZE}" height="{SIZE}" '
        f'viewBox="0 0 {SIZE} {SIZE}">',
        "<title>Stepwise</title>",
        "<defs>",
        f'<linearGradient id="bg" x1="0" y1="{TILE_MARGIN}" x2="0" y2="{SIZE - TILE_MARGIN}" '
        'gradientUnits="userSpaceOnUse">',
        f'<stop offset="0" stop-color="{BLUE_TOP}"/>',
        f'<stop offset="1" stop-color="{BLUE_BOTTOM}"/>',
        "</linearGradient>",
        f'<linearGradient id="rim" x1="0" y1="{TILE_MARGIN}" x2="0" y2="{SIZE - TILE_MARGIN}" '
        'gradientUnits="userSpaceOnUse">',
        f'<stop offset="0" stop-color="{WHITE}" stop-opacity="0.45"/>',
        f'<stop offset="0.35" stop-color="{WHITE}" stop-opacity="0"/>',
        f'<stop offset="0.8" stop-color="{BLUE_DEEP}" stop-opacity="0"/>',
        f'<stop offset="1" stop-color="{BLUE_DEEP}" stop-opacity="0.5"/>',
        "</linearGradient>",
        '<filter id="soft" x="-20%" y="-20%" width="140%" height="140%">',
        '<feGaussianBlur stdDeviation="7"/>',
        "</filter>",
        "</defs>",
        f'<path d="{tile}" fill="url(#bg)"/>',
        f'<path d="{inner}" fill="none" stroke="url(#rim)" stroke-width="6"/>',
        # soft shadow under the glyph
        f'<g transform="translate(0 8)" opacity="0.35" filter="url(#soft)">',
    ]
    lines += glyph(BLUE_DEEP)
    lines.append("</g>")
    lines += glyph(WHITE)
    # ticks in the two done bubbles
    for y in ROW_Y[:2]:
        lines.append(
            f'<path d="{check_path(BUBBLE_X, y, BUBBLE_R)}" fill="none" stroke="{BLUE_BOTTOM}" '
            f'stroke-width="{num(CHECK_W)}" stroke-linecap="round" stroke-linejoin="round"/>'
        )
    # amber ring around the current step
    y = ROW_Y[2]
    lines.append(
        f'<circle cx="{num(BUBBLE_X)}" cy="{num(y)}" r="{num(BUBBLE_R + RING_GAP + RING_W / 2)}" '
        f'fill="none" stroke="{AMBER}" stroke-width="{num(RING_W)}"/>'
    )
    lines.append("</svg>")
    return "\n".join(lines) + "\n"


def main() -> None:
    OUT.write_text(build(), encoding="utf-8", newline="\n")


if __name__ == "__main__":
    main()
