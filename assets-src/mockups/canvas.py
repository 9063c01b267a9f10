"""The SVG canvas: drawing primitives, text, gradients, clips and region recording.

A Canvas collects SVG elements for one screen and the boxes of its controls
(regions). Numbers are written with at most two decimals and elements in call
order, so the same drawing code always gives the same bytes. `screen_maker`
turns a family's draw functions into screen factories of that family's size.
"""
from __future__ import annotations

import functools
from contextlib import contextmanager

from .fonts import FONT_FAMILY
from .palette import TXT


def num(v):
    if isinstance(v, int):
        return str(v)
    r = round(float(v), 2)
    if r == int(r):
        return str(int(r))
    return f"{r:.2f}".rstrip("0").rstrip(".")


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def slug(label):
    """Region id part for a menu label: "New & Popular" -> "new_popular"."""
    return label.lower().replace(" & ", "_").replace(" ", "_")


def _stops(stops):
    return "".join(
        f'<stop offset="{num(o)}" stop-color="{c}"' + (f' stop-opacity="{num(op)}"' if op != 1 else "") + "/>"
        for o, c, op in stops)


class Canvas:
    def __init__(self, key, w, h, alt):
        self.key = key
        self.w, self.h = w, h
        self.alt = alt
        self.els: list[str] = []
        self.defs: list[str] = []
        self.regions: list[dict] = []
        self.top: list[str] = []   # drawn after everything else (the Illustration tag)
        self.recording = True
        self._id = 0

    # -- bookkeeping
    def nid(self, prefix):
        self._id += 1
        return f"{prefix}{self._id}"

    def region(self, rid, label, x, y, w, h, always=False):
        """Record a box, rounded to whole pixels and clipped to the image.

        Inside `unrecorded()` only boxes marked `always` are kept."""
        if not (self.recording or always):
            return
        x0, y0 = max(0, int(round(x))), max(0, int(round(y)))
        x1, y1 = min(self.w, int(round(x + w))), min(self.h, int(round(y + h)))
        self.regions.append({"id": rid, "label": label, "x": x0, "y": y0, "w": x1 - x0, "h": y1 - y0})

    @contextmanager
    def unrecorded(self):
        """Draw without recording regions, e.g. the page dimmed behind a dialog."""
        was = self.recording
        self.recording = False
        try:
            yield
        finally:
            self.recording = was

    def add(self, s):
        self.els.append(s)

    # -- primitives
    def rect(self, x, y, w, h, fill, rx=0, stroke=None, sw=1, opacity=None):
        a = f'<rect x="{num(x)}" y="{num(y)}" width="{num(w)}" height="{num(h)}"'
        if rx:
            a += f' rx="{num(rx)}"'
        a += f' fill="{fill}"'
        if stroke:
            a += f' stroke="{stroke}" stroke-width="{num(sw)}"'
        if opacity is not None:
            a += f' opacity="{num(opacity)}"'
        self.add(a + "/>")

    def fill(self, color, opacity=None):
        """Cover the whole image (page background or a dimming layer)."""
        self.rect(0, 0, self.w, self.h, color, opacity=opacity)

    def circle(self, cx, cy, r, fill, stroke=None, sw=1, opacity=None):
        a = f'<circle cx="{num(cx)}" cy="{num(cy)}" r="{num(r)}" fill="{fill}"'
        if stroke:
            a += f' stroke="{stroke}" stroke-width="{num(sw)}"'
        if opacity is not None:
            a += f' opacity="{num(opacity)}"'
        self.add(a + "/>")

    def line(self, x1, y1, x2, y2, stroke, sw=1):
        self.add(f'<path d="M{num(x1)} {num(y1)}L{num(x2)} {num(y2)}" stroke="{stroke}" '
                 f'stroke-width="{num(sw)}" fill="none"/>')

    def path(self, d, fill="none", stroke=None, sw=1, opacity=None):
        a = f'<path d="{d}" fill="{fill}"'
        if stroke:
            a += f' stroke="{stroke}" stroke-width="{num(sw)}" stroke-linecap="round" stroke-linejoin="round"'
        if opacity is not None:
            a += f' opacity="{num(opacity)}"'
        self.add(a + "/>")

    # -- text
    def text(self, x, y, s, size, weight=400, fill=TXT, anchor="start", ls=0, opacity=None):
        a = (f'<text x="{num(x)}" y="{num(y)}" font-family="{FONT_FAMILY}" '
             f'font-size="{num(size)}" font-weight="{weight}" fill="{fill}"')
        if anchor != "start":
            a += f' text-anchor="{anchor}"'
        if ls:
            a += f' letter-spacing="{num(ls)}"'
        if opacity is not None:
            a += f' opacity="{num(opacity)}"'
        self.add(a + f">{esc(s)}</text>")

    def text_mid(self, x, cy, s, size, weight=400, fill=TXT, anchor="start", ls=0):
        """Text whose cap-height/x-height band is centred vertically on cy."""
        self.text(x, cy + size * 0.36, s, size, weight, fill, anchor, ls)

    def text_lines(self, x, y, lines, size, weight, fill, step, anchor="start"):
        """One text element per line, baselines `step` apart; returns the baseline after the last."""
        for ln in lines:
            self.text(x, y, ln, size, weight, fill, anchor)
            y += step
        return y

    # -- paint servers, groups, effects
    def grad(self, stops, x1=0, y1=0, x2=0, y2=1):
        gid = self.nid("g")
        self.defs.append(f'<linearGradient id="{gid}" x1="{num(x1)}" y1="{num(y1)}" x2="{num(x2)}" '
                         f'y2="{num(y2)}">{_stops(stops)}</linearGradient>')
        return f"url(#{gid})"

    def rgrad(self, stops, cx=0.5, cy=0.5, r=0.5):
        gid = self.nid("r")
        self.defs.append(f'<radialGradient id="{gid}" cx="{num(cx)}" cy="{num(cy)}" r="{num(r)}">'
                         f'{_stops(stops)}</radialGradient>')
        return f"url(#{gid})"

    def clip_open(self, x, y, w, h, rx=0):
        cid = self.nid("c")
        self.defs.append(f'<clipPath id="{cid}"><rect x="{num(x)}" y="{num(y)}" width="{num(w)}" '
                         f'height="{num(h)}" rx="{num(rx)}"/></clipPath>')
        self.add(f'<g clip-path="url(#{cid})">')

    def close(self):
        self.add("</g>")

    def shadow(self, x, y, w, h, rx, strength=0.5, spread=24):
        """Soft drop shadow drawn as a few stacked translucent rects (no filters)."""
        steps = 6
        for i in range(steps, 0, -1):
            d = spread * i / steps
            self.rect(x - d / 2, y - d / 2 + spread / 4, w + d, h + d, "#000000", rx=rx + d / 2,
                      opacity=strength / steps)

    # -- output
    def svg(self):
        out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{self.w}" height="{self.h}" '
               f'viewBox="0 0 {self.w} {self.h}">']
        out.append(f"<title>{esc(self.alt)}</title>")
        if self.defs:
            out.append("<defs>")
            out.extend(self.defs)
            out.append("</defs>")
        out.extend(self.els)
        out.extend(self.top)
        out.append("</svg>")
        return "\n".join(out) + "\n"


def screen_maker(form, w, h, finish=None):
    """Decorator factory for one device family.

    `@screen(name, alt)` on `draw(c)` gives a function that makes a w x h
    Canvas keyed "<form>/<name>", draws on it, applies `finish(c)` (if any)
    and returns it."""
    def screen(name, alt):
        def wrap(draw):
            @functools.wraps(draw)
            def make():
                c = Canvas(f"{form}/{name}", w, h, alt)
                draw(c)
                if finish:
                    finish(c)
                return c
            return make
        return wrap
    return screen
