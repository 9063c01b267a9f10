#!/usr/bin/env python3
"""Generate the Stepwise mock-up screenshots as SVG files (stdlib only).

Writes
  assets-src/svg/<form>/<name>.svg   one SVG per screen (rendered to PNG by resvg)
  assets-src/regions.json            bounding boxes of controls and regions
  docs/images.md                     the same boxes as tables, plus alt text

Every coordinate is computed here; nothing is eyeballed.  Text widths come
from the advance widths in the committed Inter font files, read with a tiny
OpenType parser below, so layouts that depend on text length are exact enough
for placing highlights (kerning is ignored: widths may be a pixel or two wide).

Run through tools/render-shots.sh, which also renders the PNGs.
"""
from __future__ import annotations

import json
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "assets-src"
FONT_DIR = SRC / "fonts"
SVG_DIR = SRC / "svg"
FONT_FAMILY = "Inter"
FONT_FILES = {
    400: "Inter-Regular.otf",
    500: "Inter-Medium.otf",
    600: "Inter-SemiBold.otf",
    700: "Inter-Bold.otf",
}

# --------------------------------------------------------------------------
# Font metrics (advance widths only)
# --------------------------------------------------------------------------


class FontMetrics:
    def __init__(self, path: Path):
        data = path.read_bytes()
        self.data = data
        num_tables = self._u16(4)
        tables = {}
        for i in range(num_tables):
            tag, _cs, off, ln = struct.unpack(">4sIII", data[12 + 16 * i: 28 + 16 * i])
            tables[tag.decode("latin-1")] = (off, ln)
        head = tables["head"][0]
        self.upem = self._u16(head + 18)
        hhea = tables["hhea"][0]
        nhm = self._u16(hhea + 34)
        hmtx = tables["hmtx"][0]
        self.adv = [self._u16(hmtx + 4 * i) for i in range(nhm)]
        self.cmap = self._parse_cmap(tables["cmap"][0])

    def _u16(self, p):
        return struct.unpack(">H", self.data[p:p + 2])[0]

    def _i16(self, p):
        return struct.unpack(">h", self.data[p:p + 2])[0]

    def _u32(self, p):
        return struct.unpack(">I", self.data[p:p + 4])[0]

    def _parse_cmap(self, off):
        n = self._u16(off + 2)
        subs = {}
        for i in range(n):
            pid, eid, so = struct.unpack(">HHI", self.data[off + 4 + 8 * i: off + 12 + 8 * i])
            subs[(pid, eid)] = off + so
        m = {}
        if (3, 10) in subs and self._u16(subs[(3, 10)]) == 12:
            p = subs[(3, 10)]
            for g in range(self._u32(p + 12)):
                s, e, sg = struct.unpack(">III", self.data[p + 16 + 12 * g: p + 28 + 12 * g])
                for c in range(s, e + 1):
                    m[c] = sg + c - s
            return m
        p = subs[(3, 1)]
        assert self._u16(p) == 4
        segx2 = self._u16(p + 6)
        ends = p + 14
        starts = ends + segx2 + 2
        deltas = starts + segx2
        ranges = deltas + segx2
        for i in range(segx2 // 2):
            end = self._u16(ends + 2 * i)
            start = self._u16(starts + 2 * i)
            delta = self._i16(deltas + 2 * i)
            ro = self._u16(ranges + 2 * i)
            for c in range(start, end + 1):
                if c == 0xFFFF:
                    continue
                if ro == 0:
                    g = (c + delta) & 0xFFFF
                else:
                    g = self._u16(ranges + 2 * i + ro + 2 * (c - start))
                    if g:
                        g = (g + delta) & 0xFFFF
                m[c] = g
        return m

    def width(self, s: str, size: float, ls: float = 0.0) -> float:
        units = 0
        for ch in s:
            gid = self.cmap.get(ord(ch), 0)
            units += self.adv[min(gid, len(self.adv) - 1)]
        return units * size / self.upem + ls * max(len(s) - 1, 0)


FONTS = {w: FontMetrics(FONT_DIR / f) for w, f in FONT_FILES.items()}


def tw(s, size, weight=400, ls=0.0):
    """Text width in px."""
    return FONTS[weight].width(s, size, ls)


def wrap(s, width, size, weight=400):
    words = s.split(" ")
    lines, cur = [], ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if tw(cand, size, weight) <= width or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


# --------------------------------------------------------------------------
# Palette and shared style
# --------------------------------------------------------------------------

BG = "#141414"          # dark page background
SURF = "#1F1F1F"        # dark panels
SURF2 = "#2E2E2E"       # dark raised controls (keys, secondary buttons)
LINE_D = "#3A3A3A"      # dark dividers
TXT = "#FFFFFF"
TXT2 = "#B3B3B3"
TXT3 = "#8C8C8C"
ACCENT = "#2F6FED"      # primary buttons, links, checkboxes (neutral blue, not brand red)
FOCUS_BG = "#FFFFFF"    # TV focus: white fill ...
FOCUS_TXT = "#141414"   # ... with dark text
L_BG = "#F3F3F3"        # light pages
L_CARD = "#FFFFFF"
L_LINE = "#E2E2E2"
L_TXT = "#141414"
L_TXT2 = "#5F5F5F"
L_ICON_BG = "#EEF0F3"
AVATARS = {"Alex": "#5B6EE1", "Sam": "#E0A43A", "Kids": "#2FA37A"}

TILE_COLORS = [
    ("#1B4965", "#5FA8D3"), ("#3C1A5B", "#C06C84"), ("#264653", "#2A9D8F"),
    ("#5A3D2B", "#E5A065"), ("#283618", "#9CAF58"), ("#22223B", "#9A8C98"),
    ("#0B3954", "#7FB3D5"), ("#4A1942", "#E49E6B"), ("#1D3557", "#A8DADC"),
    ("#3D405B", "#F2CC8F"), ("#2B2D42", "#8D99AE"), ("#354F52", "#CAD2C5"),
]
TITLES = [
    "Ocean Drift", "Night Market", "Paper Moons", "Glass Harbor", "Quiet Engine",
    "Copper Valley", "Tidewater Lane", "Slow Orbit", "Hollow Pines", "Lantern Bay",
    "Kite Season", "Velvet Static", "Salt & Cedar", "The Orchard Keys", "Mile Marker Nine",
    "Little Comets",
]

WORDMARK = "STREAMING"

# --------------------------------------------------------------------------
# SVG canvas
# --------------------------------------------------------------------------


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


class Canvas:
    def __init__(self, key, w, h, alt):
        self.key = key
        self.w, self.h = w, h
        self.alt = alt
        self.els: list[str] = []
        self.defs: list[str] = []
        self.regions: list[dict] = []
        self.top: list[str] = []   # drawn after everything else (the Illustration tag)
        self._id = 0

    # -- bookkeeping
    def nid(self, prefix):
        self._id += 1
        return f"{prefix}{self._id}"

    def region(self, rid, label, x, y, w, h):
        """Record a box, rounded to whole pixels and clipped to the image."""
        x0, y0 = max(0, int(round(x))), max(0, int(round(y)))
        x1, y1 = min(self.w, int(round(x + w))), min(self.h, int(round(y + h)))
        self.regions.append({"id": rid, "label": label, "x": x0, "y": y0, "w": x1 - x0, "h": y1 - y0})

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

    def grad(self, stops, x1=0, y1=0, x2=0, y2=1):
        gid = self.nid("g")
        st = "".join(
            f'<stop offset="{num(o)}" stop-color="{c}"' + (f' stop-opacity="{num(op)}"' if op != 1 else "") + "/>"
            for o, c, op in stops)
        self.defs.append(f'<linearGradient id="{gid}" x1="{num(x1)}" y1="{num(y1)}" x2="{num(x2)}" '
                         f'y2="{num(y2)}">{st}</linearGradient>')
        return f"url(#{gid})"

    def rgrad(self, stops, cx=0.5, cy=0.5, r=0.5):
        gid = self.nid("r")
        st = "".join(
            f'<stop offset="{num(o)}" stop-color="{c}"' + (f' stop-opacity="{num(op)}"' if op != 1 else "") + "/>"
            for o, c, op in stops)
        self.defs.append(f'<radialGradient id="{gid}" cx="{num(cx)}" cy="{num(cy)}" r="{num(r)}">{st}</radialGradient>')
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


# --------------------------------------------------------------------------
# Icons: 24x24 stroke icons, scaled
# --------------------------------------------------------------------------

FILLDOT = 'fill="currentColor" stroke="none"'


def _gear():
    import math
    pts = []
    for k in range(8):
        a = k * 45
        for da, r in ((-15, 7.2), (-8, 9.8), (8, 9.8), (15, 7.2)):
            t = math.radians(a + da)
            pts.append(f"{num(12 + r * math.cos(t))} {num(12 + r * math.sin(t))}")
    return f'<path d="M{"L".join(pts)}Z"/><circle cx="12" cy="12" r="3.2"/>'


ICONS = {
    "search": '<circle cx="10.5" cy="10.5" r="6.5"/><path d="M15.5 15.5L20.5 20.5"/>',
    "home": '<path d="M4 10.5L12 4l8 6.5V20h-5.5v-6h-5v6H4z"/>',
    "tv": '<rect x="3" y="5" width="18" height="12" rx="2"/><path d="M8 21h8M12 17v4"/>',
    "film": ('<rect x="4" y="3" width="16" height="18" rx="2"/>'
             '<path d="M8 3v18M16 3v18M4 8h4M4 12h4M4 16h4M16 8h4M16 12h4M16 16h4"/>'),
    "bolt": '<path d="M13 2.5L5 14h6l-1 7.5 9-12.5h-6z"/>',
    "plus": '<path d="M12 5v14M5 12h14"/>',
    "help": ('<circle cx="12" cy="12" r="9"/><path d="M9.5 9.5a2.5 2.5 0 1 1 3.6 2.2c-.7.4-1.1.9-1.1 1.6V14"/>'
             f'<circle cx="12" cy="17.2" r="1.1" {FILLDOT}/>'),
    "gear": _gear(),
    "bell": '<path d="M6 16.5V11a6 6 0 0 1 12 0v5.5l1.5 1.5h-15z"/><path d="M10 20.5a2 2 0 0 0 4 0"/>',
    "menu": '<path d="M4 6.5h16M4 12h16M4 17.5h16"/>',
    "cast": ('<path d="M3 8V6.5A1.5 1.5 0 0 1 4.5 5h15A1.5 1.5 0 0 1 21 6.5v11a1.5 1.5 0 0 1-1.5 1.5H14"/>'
             '<path d="M3 11.5a7.5 7.5 0 0 1 7.5 7.5M3 15a4 4 0 0 1 4 4"/>'
             f'<circle cx="3.6" cy="18.4" r="1" {FILLDOT}/>'),
    "download": '<path d="M12 4v11M7 10l5 5 5-5M5 20h14"/>',
    "chev_r": '<path d="M9 5l7 7-7 7"/>',
    "chev_d": '<path d="M6 9l6 6 6-6"/>',
    "chev_u": '<path d="M6 15l6-6 6 6"/>',
    "arrow_l": '<path d="M19 12H5M11 6l-6 6 6 6"/>',
    "arrow_r": '<path d="M5 12h14M13 6l6 6-6 6"/>',
    "reload": '<path d="M19 12a7 7 0 1 1-2.05-4.95"/><path d="M19 4.5V8.5h-4"/>',
    "pencil": '<path d="M4 20h4L19 9l-4-4L4 16z"/><path d="M13.5 6.5l4 4"/>',
    "user": '<circle cx="12" cy="8" r="4"/><path d="M4 20.5a8 8 0 0 1 16 0"/>',
    "users": ('<circle cx="9" cy="8.5" r="3.5"/><path d="M2.5 20a6.5 6.5 0 0 1 13 0"/>'
              '<path d="M15.5 5.2a3.5 3.5 0 0 1 0 6.6M18 14.2a6.5 6.5 0 0 1 3.5 5.8"/>'),
    "logout": ('<path d="M10 4H5.5A1.5 1.5 0 0 0 4 5.5v13A1.5 1.5 0 0 0 5.5 20H10"/>'
               '<path d="M15 8l4 4-4 4M19 12H9"/>'),
    "lock": '<rect x="5" y="10.5" width="14" height="10" rx="2"/><path d="M8 10.5V7.5a4 4 0 0 1 8 0v3"/>',
    "devices": ('<rect x="2.5" y="5" width="14" height="10" rx="1.5"/><path d="M6 19h6M9.5 15v4"/>'
                '<rect x="17.5" y="9" width="4.5" height="10" rx="1"/>'),
    "phone": '<rect x="7" y="2.5" width="10" height="19" rx="2"/><path d="M11 18.5h2"/>',
    "laptop": '<rect x="5" y="5" width="14" height="10" rx="1.5"/><path d="M2.5 19h19"/>',
    "gamepad": ('<path d="M7.5 8h9a4.5 4.5 0 0 1 4.4 5.4l-.8 3.8a2 2 0 0 1-3.5.8L15 16H9l-1.6 2a2 2 0 0 1-3.5-.8'
                'l-.8-3.8A4.5 4.5 0 0 1 7.5 8z"/><path d="M8 10.5v4M6 12.5h4"/>'
                f'<circle cx="15.5" cy="11.3" r="1" {FILLDOT}/><circle cx="17.3" cy="13.6" r="1" {FILLDOT}/>'),
    "stick": ('<rect x="2.5" y="8.5" width="14" height="7" rx="1.5"/><path d="M16.5 10.3h4v3.4h-4"/>'
              f'<circle cx="6.5" cy="12" r="1.1" {FILLDOT}/>'),
    "wifi": ('<path d="M2.5 9a14 14 0 0 1 19 0M5.5 12.5a9.5 9.5 0 0 1 13 0M8.5 16a5 5 0 0 1 7 0"/>'
             f'<circle cx="12" cy="19.2" r="1.3" {FILLDOT}/>'),
    "play_circle": f'<circle cx="12" cy="12" r="9"/><path d="M10 8.5v7l6-3.5z" {FILLDOT}/>',
    "play": f'<path d="M7 4.5v15l12.5-7.5z" {FILLDOT}/>',
    "chat": '<path d="M4 5.5h16v11H10l-6 4z"/><path d="M8 10h8M8 13h5"/>',
    "info": f'<circle cx="12" cy="12" r="9"/><path d="M12 11v6"/><circle cx="12" cy="7.8" r="1.2" {FILLDOT}/>',
    "display": '<rect x="3" y="4" width="18" height="12" rx="1.5"/><path d="M9 20h6M12 16v4"/>',
    "speaker": '<path d="M4 9.5h3.5L12 6v12l-4.5-3.5H4z"/><path d="M15.5 9a4 4 0 0 1 0 6M18 6.5a7.5 7.5 0 0 1 0 11"/>',
    "subtitles": '<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M7 12h3M12 12h5M7 15.5h6M15 15.5h2"/>',
    "shield": '<path d="M12 3l7.5 3v5.5c0 4.5-3.2 8-7.5 9.5-4.3-1.5-7.5-5-7.5-9.5V6z"/>',
    "card": '<rect x="3" y="5.5" width="18" height="13" rx="2"/><path d="M3 10h18M7 15h4"/>',
    "check": '<path d="M5 12.5l4.5 4.5L19 7.5"/>',
    "thumb": ('<path d="M7.5 10.5V20H4v-9.5zM7.5 10.5l3.8-7c1.4 0 2.4 1.1 2.4 2.5V9.5h4.8a2 2 0 0 1 2 2.3'
              'l-1.2 6.6a2 2 0 0 1-2 1.6H7.5"/>'),
    "share": '<path d="M12 15V4M8 8l4-4 4 4M5 12v7.5h14V12"/>',
}


def icon(c: Canvas, name, x, y, size, color, sw=2.0):
    s = size / 24
    c.add(f'<g transform="translate({num(x)} {num(y)}) scale({num(s)})" fill="none" stroke="{color}" '
          f'color="{color}" stroke-width="{num(sw)}" stroke-linecap="round" stroke-linejoin="round">'
          f'{ICONS[name]}</g>')


# --------------------------------------------------------------------------
# Shared components
# --------------------------------------------------------------------------


def avatar(c: Canvas, x, y, size, name, ring=None):
    color = AVATARS[name]
    rx = size * 0.14
    if ring:
        c.rect(x - 3, y - 3, size + 6, size + 6, "none", rx=rx + 3, stroke=ring, sw=3)
    g = c.grad([(0, color, 1), (1, color, 1)], 0, 0, 0, 1)
    c.rect(x, y, size, size, g, rx=rx)
    c.rect(x, y + size * 0.55, size, size * 0.45, "#000000", rx=rx, opacity=0.12)
    c.text(x + size / 2, y + size / 2 + size * 0.19, name[0], size * 0.52, 700, TXT, "middle")


def wordmark(c: Canvas, x, baseline, size, color=TXT, anchor="start"):
    ls = size * 0.08
    c.text(x, baseline, WORDMARK, size, 700, color, anchor, ls=ls)
    return tw(WORDMARK, size, 700, ls)


def illustration_tag(c: Canvas, x, y, size):
    """Rounded pill with the word Illustration; (x, y) is its top-left."""
    w, h = tag_size(size)
    before = len(c.els)
    c.rect(x, y, w, h, "#000000", rx=h / 2, opacity=0.62)
    c.rect(x + 0.5, y + 0.5, w - 1, h - 1, "none", rx=h / 2, stroke="#FFFFFF", sw=1, opacity=0.55)
    c.text(x + w / 2, y + h / 2 + size * 0.36, "Illustration", size, 600, TXT, "middle")
    c.top.extend(c.els[before:])
    del c.els[before:]
    c.region("illustration_tag", "“Illustration” tag (not a control)", x, y, w, h)
    return w, h


def tag_size(size):
    return round(tw("Illustration", size, 600) + size * 2.0), round(size * 2.0)


def tile(c: Canvas, x, y, w, h, idx, title=None, rx=6, progress=None, poster=False):
    c1, c2 = TILE_COLORS[idx % len(TILE_COLORS)]
    title = title or TITLES[idx % len(TITLES)]
    g = c.grad([(0, c2, 1), (1, c1, 1)], 0, 0, 0, 1)   # vertical: compresses far better than diagonal
    c.clip_open(x, y, w, h, rx)
    c.rect(x, y, w, h, g)
    motif = idx % 4
    if motif == 0:      # low sun
        c.circle(x + w * 0.72, y + h * 0.42, min(w, h) * 0.32, "#FFFFFF", opacity=0.16)
        c.rect(x, y + h * 0.62, w, h * 0.38, "#000000", opacity=0.18)
    elif motif == 1:    # hills
        c.path(f"M{num(x)} {num(y + h * 0.7)}Q{num(x + w * 0.3)} {num(y + h * 0.42)} {num(x + w * 0.6)} "
               f"{num(y + h * 0.66)}T{num(x + w)} {num(y + h * 0.55)}V{num(y + h)}H{num(x)}Z",
               fill="#000000", opacity=0.22)
    elif motif == 2:    # window / frame
        c.rect(x + w * 0.55, y + h * 0.12, w * 0.3, h * 0.5, "#FFFFFF", rx=4, opacity=0.14)
        c.rect(x + w * 0.12, y + h * 0.22, w * 0.22, h * 0.3, "#FFFFFF", rx=4, opacity=0.1)
    else:               # rings
        c.circle(x + w * 0.25, y + h * 0.3, min(w, h) * 0.42, "none", stroke="#FFFFFF", sw=max(2, h * 0.03),
                 opacity=0.16)
        c.circle(x + w * 0.25, y + h * 0.3, min(w, h) * 0.22, "#FFFFFF", opacity=0.1)
    # bottom fade for legibility
    fade = c.grad([(0, "#000000", 0), (1, "#000000", 0.55)], 0, 0, 0, 1)
    c.rect(x, y + h * 0.45, w, h * 0.55, fade)
    if poster:
        size = w * 0.115
        lines = wrap(title, w * 0.8, size, 700)
        base = y + h - size * 0.9 - (len(lines) - 1) * size * 1.1
        for i, ln in enumerate(lines):
            c.text(x + w / 2, base + i * size * 1.1, ln, size, 700, TXT, "middle")
    else:
        size = max(14, h * 0.13)
        c.text(x + w * 0.06, y + h - h * 0.1 - (6 if progress is not None else 0), title, size, 700, TXT)
    if progress is not None:
        ph = max(4, round(h * 0.03))
        c.rect(x, y + h - ph, w, ph, "#FFFFFF", opacity=0.35)
        c.rect(x, y + h - ph, w * progress, ph, ACCENT)
    c.close()


def hero(c: Canvas, x, y, w, h, idx, fade_to=BG, left_fade=True):
    c1, c2 = TILE_COLORS[idx % len(TILE_COLORS)]
    g = c.grad([(0, c1, 1), (1, c2, 1)], 0, 0, 1, 0)   # horizontal, see tile()
    c.clip_open(x, y, w, h)
    c.rect(x, y, w, h, g)
    c.circle(x + w * 0.74, y + h * 0.42, h * 0.34, "#FFFFFF", opacity=0.14)
    c.circle(x + w * 0.74, y + h * 0.42, h * 0.22, "#FFFFFF", opacity=0.1)
    c.path(f"M{num(x)} {num(y + h * 0.78)}Q{num(x + w * 0.25)} {num(y + h * 0.6)} {num(x + w * 0.5)} "
           f"{num(y + h * 0.74)}T{num(x + w)} {num(y + h * 0.66)}V{num(y + h)}H{num(x)}Z",
           fill="#000000", opacity=0.25)
    if left_fade:
        lf = c.grad([(0, "#000000", 0.85), (0.45, "#000000", 0.45), (0.75, "#000000", 0)], 0, 0, 1, 0)
        c.rect(x, y, w, h, lf)
    bf = c.grad([(0, fade_to, 0), (1, fade_to, 1)], 0, 0, 0, 1)
    c.rect(x, y + h * 0.6, w, h * 0.4, bf)
    c.close()


def button(c: Canvas, x, y, w, h, label, fill, color, size, weight=600, rx=8, stroke=None, icon_name=None,
           sw=1):
    c.rect(x, y, w, h, fill, rx=rx, stroke=stroke, sw=sw)
    if icon_name:
        isz = size * 1.15
        gap = size * 0.45
        total = isz + gap + tw(label, size, weight)
        sx = x + (w - total) / 2
        icon(c, icon_name, sx, y + (h - isz) / 2, isz, color)
        c.text_mid(sx + isz + gap, y + h / 2, label, size, weight, color)
    else:
        c.text_mid(x + w / 2, y + h / 2, label, size, weight, color, "middle")


def fake_qr(c: Canvas, x, y, module, n=25, seed=482719):
    """Deterministic QR-looking pattern (not a real code)."""
    grid = [[0] * n for _ in range(n)]
    reserved = [[False] * n for _ in range(n)]

    def finder(r0, c0):
        for r in range(-1, 8):
            for cc in range(-1, 8):
                rr, ccc = r0 + r, c0 + cc
                if 0 <= rr < n and 0 <= ccc < n:
                    reserved[rr][ccc] = True
                    on = (0 <= r <= 6 and 0 <= cc <= 6 and
                          (r in (0, 6) or cc in (0, 6) or (2 <= r <= 4 and 2 <= cc <= 4)))
                    grid[rr][ccc] = 1 if on else 0

    finder(0, 0)
    finder(0, n - 7)
    finder(n - 7, 0)
    for i in range(8, n - 8):  # timing patterns
        grid[6][i] = grid[i][6] = 1 if i % 2 == 0 else 0
        reserved[6][i] = reserved[i][6] = True
    # alignment pattern
    ar = n - 9
    for r in range(-2, 3):
        for cc in range(-2, 3):
            reserved[ar + r][ar + cc] = True
            grid[ar + r][ar + cc] = 1 if max(abs(r), abs(cc)) != 1 else 0
    state = seed
    for r in range(n):
        for cc in range(n):
            if reserved[r][cc]:
                continue
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            grid[r][cc] = 1 if (state >> 16) & 1 else 0
    d = []
    for r in range(n):
        cc = 0
        while cc < n:
            if grid[r][cc]:
                start = cc
                while cc < n and grid[r][cc]:
                    cc += 1
                d.append(f"M{num(x + start * module)} {num(y + r * module)}h{num((cc - start) * module)}"
                         f"v{num(module)}h{num(-(cc - start) * module)}z")
            else:
                cc += 1
    c.path("".join(d), fill="#111111")


# --------------------------------------------------------------------------
# TV screens (1280x720)
# --------------------------------------------------------------------------

TV_W, TV_H = 1280, 720
TV_SIDE_ITEMS = [("search", "Search"), ("home", "Home"), ("tv", "Shows"), ("film", "Movies"),
                 ("bolt", "New & Popular"), ("plus", "My List")]


def tv_tag(c):
    w, h = tag_size(14)
    illustration_tag(c, TV_W - 20 - w, TV_H - 20 - h, 14)


def tv_browse_content(c: Canvas, x0, record=True, focus=True):
    """Billboard and two rows of tiles; x0 = left edge of content."""
    c.rect(0, 0, TV_W, TV_H, BG)
    hero(c, 0, 0, TV_W, 420, 0)
    c.text(x0, 196, "Ocean Drift", 60, 700, TXT)
    c.text(x0, 236, "2024  ·  Drama  ·  2 Seasons  ·  HD", 18, 500, TXT2)
    syn = "A lighthouse keeper's daughter finds a logbook that maps a coastline nobody remembers."
    for i, ln in enumerate(wrap(syn, 540, 20, 400)):
        c.text(x0, 276 + i * 30, ln, 20, 400, "#E5E5E5")
    rows = [("Continue watching for Alex", 448, True), ("Popular", 640, False)]
    tw_, th, gap = 240, 135, 16
    for r, (label, base, cont) in enumerate(rows):
        c.text(x0, base, label, 22, 600, TXT)
        ty = base + 16
        for i in range(6):
            tx = x0 + i * (tw_ + gap)
            if tx > TV_W:
                break
            idx = 1 + r * 5 + i
            tile(c, tx, ty, tw_, th, idx, progress=[0.62, 0.3, 0.81, 0.15, 0.5, 0.4][i] if cont else None)
        if record:
            c.region(f"row_{r + 1}", f"“{label}” row of titles", x0, base - 22, TV_W - x0, th + 38)
    if not focus:
        return
    # focus on the first tile of the first row
    fx, fy = x0, 448 + 16
    c.rect(fx - 4, fy - 4, tw_ + 8, th + 8, "none", rx=9, stroke=FOCUS_BG, sw=3)
    if record:
        c.region("focused_tile", "Focused title tile (where the remote starts)", fx - 5, fy - 5, tw_ + 10, th + 10)


def tv_side_collapsed(c: Canvas):
    g = c.grad([(0, "#000000", 0.95), (0.7, "#000000", 0.8), (1, "#000000", 0)], 0, 0, 1, 0)
    c.rect(0, 0, 112, TV_H, g)
    avatar(c, 24, 40, 40, "Alex")
    c.region("profile_icon", "Profile avatar (collapsed side menu)", 20, 36, 48, 48)
    y = 140
    for name, label in TV_SIDE_ITEMS:
        col = TXT if label == "Home" else "#9A9A9A"
        icon(c, name, 30, y, 28, col)
        if label == "Home":
            c.rect(10, y + 2, 4, 24, TXT, rx=2)
        c.region(f"menu_{label.lower().replace(' & ', '_').replace(' ', '_')}", f"{label} icon", 16, y - 10, 56, 48)
        y += 56
    c.region("side_menu", "Collapsed side menu strip (press Left to open)", 0, 0, 88, TV_H)


def tv_home():
    c = Canvas("tv/home", TV_W, TV_H,
               "TV home screen: a featured title at the top, rows of title tiles below, and a slim icon menu "
               "down the left edge with the profile picture at the top.")
    tv_browse_content(c, 120)
    tv_side_collapsed(c)
    tv_tag(c)
    return c


def tv_menu_item(c, x, y, w, h, icon_name, label, focused=False, current=False, size=24):
    if focused:
        c.rect(x, y, w, h, FOCUS_BG, rx=8)
    col = FOCUS_TXT if focused else (TXT if current else "#A3A3A3")
    icon(c, icon_name, x + 18, y + (h - 28) / 2, 28, col)
    c.text_mid(x + 64, y + h / 2, label, size, 600 if (focused or current) else 500, col)


def tv_side_menu():
    c = Canvas("tv/side-menu", TV_W, TV_H,
               "TV home screen with the side menu opened on the left: the profile name at the top, then "
               "Search, Home, Shows, Movies, New & Popular and My List, and Get Help near the bottom.")
    tv_browse_content(c, 120, record=False, focus=False)
    c.rect(0, 0, TV_W, TV_H, "#000000", opacity=0.55)
    g = c.grad([(0, "#000000", 0.97), (0.55, "#000000", 0.94), (1, "#000000", 0)], 0, 0, 1, 0)
    c.rect(0, 0, 700, TV_H, g)
    avatar(c, 52, 40, 48, "Alex")
    c.text_mid(116, 64, "Alex", 26, 600, TXT)
    c.region("profile", "Profile avatar and name (Alex)", 44, 32, 320, 64)
    y = 128
    for name, label in TV_SIDE_ITEMS:
        tv_menu_item(c, 36, y, 320, 56, name, label, focused=(label == "Home"))
        c.region(f"menu_{label.lower().replace(' & ', '_').replace(' ', '_')}",
                 f"{label}" + (" (focused when the menu opens)" if label == "Home" else ""), 36, y, 320, 56)
        y += 62
    c.line(52, 596, 340, 596, LINE_D, 1)
    tv_menu_item(c, 36, 612, 320, 56, "help", "Get Help")
    c.region("get_help", "Get Help menu item", 36, 612, 320, 56)
    c.region("side_menu", "Open side menu panel", 0, 0, 380, TV_H)
    tv_tag(c)
    return c


def tv_top_bar():
    c = Canvas("tv/top-bar", TV_W, TV_H,
               "TV home screen with a menu bar across the top: profile picture at the far left, then Search, "
               "Home, Shows, Movies, New & Popular, My List, and Get Help at the right; rows of titles below.")
    tv_browse_content(c, 64)
    g = c.grad([(0, "#000000", 0.9), (1, "#000000", 0)], 0, 0, 0, 1)
    c.rect(0, 0, TV_W, 150, g)
    avatar(c, 48, 24, 44, "Alex")
    c.region("profile_icon", "Profile icon (far left of the top bar)", 44, 20, 52, 52)
    c.region("menu_search", "Search icon", 112, 22, 48, 48)
    icon(c, "search", 122, 32, 28, "#D0D0D0")
    x = 176
    for label in ["Home", "Shows", "Movies", "New & Popular", "My List"]:
        wdt = tw(label, 22, 600) + 36
        if label == "Home":
            c.rect(x, 22, wdt, 48, FOCUS_BG, rx=24)
            c.text_mid(x + wdt / 2, 46, label, 22, 600, FOCUS_TXT, "middle")
        else:
            c.text_mid(x + wdt / 2, 46, label, 22, 500, "#D0D0D0", "middle")
        c.region(f"menu_{label.lower().replace(' & ', '_').replace(' ', '_')}",
                 label + (" (focused)" if label == "Home" else ""), x, 22, wdt, 48)
        x += wdt + 6
    gh_w = tw("Get Help", 22, 500) + 36 + 34
    gx = TV_W - 48 - gh_w
    icon(c, "help", gx + 18, 32, 28, "#D0D0D0")
    c.text_mid(gx + 18 + 34, 46, "Get Help", 22, 500, "#D0D0D0")
    c.region("get_help", "Get Help item (right end of the top bar)", gx, 22, gh_w, 48)
    c.region("top_bar", "Top menu bar (press Up to reach it)", 0, 0, TV_W, 92)
    tv_tag(c)
    return c


def tv_list_page(c: Canvas, title, items, signout_focused=True, panel=None):
    c.rect(0, 0, TV_W, TV_H, BG)
    c.text(80, 100, title, 40, 700, TXT)
    y = 140
    for i, (ic, label) in enumerate(items):
        tv_menu_item(c, 80, y, 440, 64, ic, label)
        c.region(f"item_{i + 1}", label, 80, y, 440, 64)
        y += 72
    c.line(96, 572, 504, 572, LINE_D, 1)
    tv_menu_item(c, 80, 588, 440, 64, "logout", "Sign Out", focused=signout_focused)
    c.region("sign_out", "Sign Out (last item in the list)", 80, 588, 440, 64)
    c.region("list", "Left-hand list", 80, 140, 440, 512)
    # right panel
    px, py, pw, ph = 600, 140, 600, 512
    c.rect(px, py, pw, ph, SURF, rx=16)
    c.region("panel", "Information panel for the focused item", px, py, pw, ph)
    head, body = panel
    c.text(px + 40, py + 64, head, 28, 700, TXT)
    by = py + 108
    for ln in wrap(body, pw - 80, 20, 400):
        c.text(px + 40, by, ln, 20, 400, TXT2)
        by += 30
    rows = [("Account", "a•••@example.com"), ("Profile", "Alex"), ("Device", "Smart TV"),
            ("App version", "6.2.1")]
    ry = py + ph - 40 - len(rows) * 48
    for k, v in rows:
        c.line(px + 40, ry, px + pw - 40, ry, LINE_D, 1)
        c.text_mid(px + 40, ry + 24, k, 18, 500, TXT3)
        c.text_mid(px + pw - 40, ry + 24, v, 18, 500, "#E5E5E5", "end")
        ry += 48


def tv_get_help():
    c = Canvas("tv/get-help", TV_W, TV_H,
               "TV Get Help page: a list on the left (Check your network, Play a test video, Contact support, "
               "Help Center) with Sign Out as the last item at the bottom; device details on the right.")
    tv_list_page(c, "Get Help", [("wifi", "Check your network"), ("play_circle", "Play a test video"),
                                 ("chat", "Contact support"), ("info", "Help Center")],
                 panel=("Sign out of this device",
                        "Removes your account from this TV. Anyone who wants to watch here will need to sign "
                        "in again. You can sign back in at any time."))
    tv_tag(c)
    return c


def tv_settings():
    c = Canvas("tv/settings", TV_W, TV_H,
               "TV Settings page: a list on the left (Display, Audio, Subtitles, About this device) with Sign Out "
               "as the last item at the bottom; device details on the right.")
    tv_list_page(c, "Settings", [("display", "Display"), ("speaker", "Audio"), ("subtitles", "Subtitles"),
                                 ("info", "About this device")],
                 panel=("Sign Out",
                        "Sign out of this account on this TV. Your profiles, list and viewing history stay "
                        "with your account."))
    tv_tag(c)
    return c


def tv_confirm():
    c = Canvas("tv/confirm-sign-out", TV_W, TV_H,
               "TV dialog asking “Are you sure you want to sign out?” with a Yes button (selected) and a No "
               "button, over the dimmed Get Help page.")
    tv_list_page(c, "Get Help", [("wifi", "Check your network"), ("play_circle", "Play a test video"),
                                 ("chat", "Contact support"), ("info", "Help Center")],
                 panel=("Sign out of this device", "Removes your account from this TV."))
    c.regions = []
    c.rect(0, 0, TV_W, TV_H, "#000000", opacity=0.78)
    dx, dy, dw, dh = 300, 200, 680, 320
    c.shadow(dx, dy, dw, dh, 16, 0.5)
    c.rect(dx, dy, dw, dh, "#262626", rx=16)
    c.region("dialog", "Confirmation dialog", dx, dy, dw, dh)
    c.text(TV_W / 2, dy + 92, "Are you sure you want to sign out?", 30, 700, TXT, "middle")
    c.text(TV_W / 2, dy + 136, "You'll need to sign in again to watch on this TV.", 20, 400, TXT2, "middle")
    bw, bh, gap = 220, 64, 24
    bx = TV_W / 2 - bw - gap / 2
    by = dy + 196
    button(c, bx, by, bw, bh, "Yes", FOCUS_BG, FOCUS_TXT, 24, 700)
    c.region("yes", "Yes button (selected)", bx, by, bw, bh)
    button(c, bx + bw + gap, by, bw, bh, "No", SURF2, TXT, 24, 600)
    c.region("no", "No button", bx + bw + gap, by, bw, bh)
    tv_tag(c)
    return c


def poster_wall(c: Canvas, w, h, pw, ph, gap, top, dim):
    cols = w // (pw + gap) + 2
    rows = (h - top) // (ph + gap) + 2
    for r in range(rows):
        off = -(pw // 2) if r % 2 else -(pw // 5)
        for col in range(cols):
            tile(c, off + col * (pw + gap), top + r * (ph + gap) - ph // 3, pw, ph, r * 5 + col * 3 + 2,
                 title=" ", rx=6, poster=True)
    c.rect(0, 0, w, h, "#000000", opacity=dim)


def tv_sign_in():
    c = Canvas("tv/sign-in", TV_W, TV_H,
               "TV welcome screen shown when signed out: the STREAMING wordmark, a tagline, a Sign In button "
               "(selected) for existing members and a Get Started button for new members.")
    c.rect(0, 0, TV_W, TV_H, BG)
    poster_wall(c, TV_W, TV_H, 150, 225, 14, 0, 0.72)
    v = c.rgrad([(0, "#000000", 0.55), (1, "#000000", 0.1)], 0.5, 0.5, 0.6)
    c.rect(0, 0, TV_W, TV_H, v)
    ww = wordmark(c, TV_W / 2, 236, 72, TXT, "middle")
    c.region("wordmark", "STREAMING wordmark (stands in for the service logo)", TV_W / 2 - ww / 2, 180, ww, 70)
    c.text(TV_W / 2, 300, "Unlimited movies, shows and more", 30, 600, TXT, "middle")
    c.text(TV_W / 2, 340, "Watch anywhere. Cancel anytime.", 20, 400, "#D0D0D0", "middle")
    bw, bh = 380, 64
    bx = TV_W / 2 - bw / 2
    button(c, bx, 392, bw, bh, "Sign In", FOCUS_BG, FOCUS_TXT, 24, 700)
    c.region("sign_in", "Sign In button (existing members; some TVs say Log In)", bx, 392, bw, bh)
    button(c, bx, 472, bw, bh, "Get Started", "#3A3A3A", TXT, 24, 600)
    c.region("get_started", "Get Started button (new members: choose a plan)", bx, 472, bw, bh)
    c.text(TV_W / 2, 580, "New here? Choose Get Started to pick a plan.", 18, 400, TXT2, "middle")
    tv_tag(c)
    return c


def tv_choose_sign_in():
    c = Canvas("tv/choose-sign-in", TV_W, TV_H,
               "TV “Choose how to sign in” screen: Use Phone is selected and shows a QR code to scan plus the "
               "code 4 8 2 7 1 9 to match on the phone; Use Remote is the other option.")
    c.rect(0, 0, TV_W, TV_H, BG)
    wordmark(c, 80, 72, 22, "#D0D0D0")
    c.text(80, 140, "Choose how to sign in", 40, 700, TXT)
    opts = [("phone", "Use Phone", "Scan a QR code or match a code", True),
            ("user", "Use Remote", "Enter your email and password", False)]
    y = 186
    for ic, label, sub, foc in opts:
        h = 96
        if foc:
            c.rect(80, y, 400, h, FOCUS_BG, rx=10)
        else:
            c.rect(80, y, 400, h, SURF, rx=10)
        col = FOCUS_TXT if foc else TXT
        icon(c, ic, 104, y + 30, 36, col)
        c.text(160, y + 42, label, 26, 700, col)
        c.text(160, y + 72, sub, 17, 400, "#4A4A4A" if foc else TXT2)
        rid = "use_phone" if foc else "use_remote"
        c.region(rid, f"{label} option" + (" (default, selected)" if foc else ""), 80, y, 400, h)
        y += h + 16
    c.text(80, y + 16, "Use Phone is the default.", 17, 400, TXT3)
    px, py, pw, ph = 540, 186, 660, 470
    c.rect(px, py, pw, ph, SURF, rx=16)
    c.region("phone_panel", "Use Phone panel", px, py, pw, ph)
    c.text(px + 40, py + 58, "Sign in with your phone", 28, 700, TXT)
    qs = 270
    qx, qy = px + 40, py + 100
    c.rect(qx, qy, qs, qs, "#FFFFFF", rx=10)
    fake_qr(c, qx + 10, qy + 10, 10)
    c.region("qr_code", "QR code to scan with the phone camera", qx, qy, qs, qs)
    c.text(qx + qs / 2, qy + qs + 36, "Scan with your phone camera", 17, 500, TXT2, "middle")
    rx_ = qx + qs + 40
    rw = px + pw - 40 - rx_
    c.text(rx_, qy + 22, "Or match this code", 22, 700, TXT)
    yy = qy + 56
    for ln in wrap("Check that the code on your phone is the same as the one below.", rw, 18, 400):
        c.text(rx_, yy, ln, 18, 400, TXT2)
        yy += 26
    cy = yy + 4
    c.rect(rx_, cy, rw, 84, SURF2, rx=10)
    c.text_mid(rx_ + rw / 2, cy + 42, "4 8 2 7 1 9", 40, 700, TXT, "middle", ls=2)
    c.region("match_code", "Code to match on the phone (4 8 2 7 1 9)", rx_, cy, rw, 84)
    yy = cy + 128
    for ln in wrap("When you finish on your phone, this TV signs in by itself.", rw, 18, 400):
        c.text(rx_, yy, ln, 18, 400, TXT2)
        yy += 26
    tv_tag(c)
    return c


def tv_email_password():
    c = Canvas("tv/email-password", TV_W, TV_H,
               "TV sign-in with the remote: an on-screen keyboard on the left, and Email, Password and a "
               "Sign In button on the right.")
    c.rect(0, 0, TV_W, TV_H, BG)
    c.text(80, 100, "Sign in with your remote", 40, 700, TXT)
    c.text(80, 140, "Type your email and password with the on-screen keyboard.", 20, 400, TXT2)
    kx, ky, k, g = 80, 184, 50, 8
    rows = ["abcdefghij", "klmnopqrst", "uvwxyz@.-_", "1234567890"]
    for r, keys in enumerate(rows):
        for i, ch in enumerate(keys):
            x, y = kx + i * (k + g), ky + r * (k + g)
            foc = (r == 0 and i == 0)
            c.rect(x, y, k, k, FOCUS_BG if foc else SURF2, rx=6)
            c.text_mid(x + k / 2, y + k / 2, ch, 24, 600, FOCUS_TXT if foc else TXT, "middle")
    y = ky + 4 * (k + g)
    x = kx
    for label, wdt in (("space", 166), ("delete", 166), (".com", 108), ("clear", 108)):
        c.rect(x, y, wdt, k, SURF2, rx=6)
        c.text_mid(x + wdt / 2, y + k / 2, label, 20, 600, TXT, "middle")
        x += wdt + g
    kw = 10 * k + 9 * g
    c.region("keyboard", "On-screen keyboard", kx, ky, kw, 5 * k + 4 * g)
    fx, fw = 720, 480
    c.text(fx, 204, "Email", 18, 500, TXT2)
    c.rect(fx, 216, fw, 60, SURF2, rx=8)
    c.text_mid(fx + 20, 246, "alex@example.com", 22, 500, TXT)
    c.region("email", "Email field", fx, 216, fw, 60)
    c.text(fx, 314, "Password", 18, 500, TXT2)
    c.rect(fx, 326, fw, 60, SURF2, rx=8)
    c.rect(fx + 1, 327, fw - 2, 58, "none", rx=7, stroke=TXT, sw=2)
    c.text_mid(fx + 20, 356, "••••••••", 22, 700, TXT, ls=4)
    cx = fx + 20 + tw("••••••••", 22, 700, 4) + 8
    c.rect(cx, 342, 2, 28, TXT)
    c.region("password", "Password field (being typed)", fx, 326, fw, 60)
    button(c, fx, 420, fw, 60, "Sign In", "#3A3A3A", TXT, 22, 700)
    c.region("sign_in", "Sign In button", fx, 420, fw, 60)
    yy = 530
    for ln in wrap("Tip: Use Phone on the previous screen lets you sign in by scanning a QR code instead.",
                   fw, 18, 400):
        c.text(fx, yy, ln, 18, 400, TXT3)
        yy += 26
    tv_tag(c)
    return c


# --------------------------------------------------------------------------
# Phone screens (780x1688, a 2x phone)
# --------------------------------------------------------------------------

PH_W, PH_H = 780, 1688
PH_TAB_Y = 1522


def phone_status(c: Canvas):
    c.text(64, 62, "9:41", 32, 600, TXT)
    # signal bars
    for i in range(4):
        bh = 8 + i * 6
        c.rect(572 + i * 11, 58 - bh, 7, bh, TXT, rx=2)
    icon(c, "wifi", 622, 30, 34, TXT, 2.6)
    c.rect(668, 36, 50, 24, "none", rx=7, stroke=TXT, sw=2, opacity=0.6)
    c.rect(672, 40, 38, 16, TXT, rx=4)
    c.rect(721, 44, 4, 9, TXT, rx=2, opacity=0.6)
    w, h = tag_size(20)
    illustration_tag(c, PH_W / 2 - w / 2, 47 - h / 2, 20)


def phone_tabbar(c: Canvas, active):
    c.rect(0, PH_TAB_Y, PH_W, PH_H - PH_TAB_Y, "#121212", opacity=0.98)
    c.line(0, PH_TAB_Y, PH_W, PH_TAB_Y, "#2A2A2A", 2)
    tabs = [("home", "Home"), ("bolt", "New & Hot"), (None, "My Netflix")]
    for i, (ic, label) in enumerate(tabs):
        cx = 130 + i * 260
        on = label == active
        col = TXT if on else TXT3
        if ic:
            icon(c, ic, cx - 24, 1546, 48, col, 2.0 if not on else 2.4)
        else:
            avatar(c, cx - 22, 1548, 44, "Alex", ring=TXT if on else None)
        c.text(cx, 1630, label, 22, 600 if on else 500, col, "middle")
        rid = "tab_" + label.lower().replace(" & ", "_").replace(" ", "_")
        c.region(rid, f"“{label}” tab" + (" (current)" if on else ""), i * 260, PH_TAB_Y, 260, 130)
    c.rect(255, 1664, 270, 10, TXT, rx=5)


def phone_header(c: Canvas, title, icons):
    c.text(40, 177, title, 48, 700, TXT)
    x = PH_W - 40 - 44
    out = {}
    for name in reversed(icons):
        icon(c, name, x, 138, 44, TXT, 2.2)
        out[name] = (x - 14, 124, 72, 72)
        x -= 72
    return out


def phone_home():
    c = Canvas("phone/home", PH_W, PH_H,
               "Phone app main screen: “For Alex” at the top, a large featured title, a row of titles, and a "
               "bottom tab bar with Home, New & Hot and My Netflix (profile picture).")
    c.rect(0, 0, PH_W, PH_H, BG)
    g = c.grad([(0, "#2A3550", 1), (1, BG, 1)], 0, 0, 0, 1)
    c.rect(0, 0, PH_W, 700, g)
    phone_status(c)
    boxes = phone_header(c, "For Alex", ["cast", "download", "search"])
    c.region("search", "Search icon", *boxes["search"])
    x = 40
    for label in ["Shows", "Movies", "Categories"]:
        extra = 40 if label == "Categories" else 0
        w = tw(label, 26, 500) + 56 + extra
        c.rect(x, 222, w, 64, "none", rx=32, stroke="#FFFFFF", sw=2, opacity=0.45)
        c.text_mid(x + 28, 254, label, 26, 500, TXT)
        if extra:
            icon(c, "chev_d", x + w - 28 - 28, 240, 28, TXT)
        x += w + 16
    hx, hy, hw, hh = 40, 318, 700, 740
    c.shadow(hx, hy, hw, hh, 20, 0.4)
    tile(c, hx, hy, hw, hh, 1, title=" ", rx=20)
    c.circle(560, 500, 120, "#FFFFFF", opacity=0.12)
    c.circle(560, 500, 72, "#FFFFFF", opacity=0.12)
    c.path("M60 400Q390 520 720 400", stroke="#FFFFFF", sw=2, opacity=0.35)
    for i in range(9):     # string of lanterns
        t = (i + 0.5) / 9
        lx = 60 + 660 * t
        ly = 400 + 2 * 120 * t * (1 - t) + 22
        c.rect(lx - 11, ly - 14, 22, 30, "#FFC978", rx=8, opacity=0.85)
    c.text(PH_W / 2, 850, "Night Market", 72, 700, TXT, "middle")
    c.text(PH_W / 2, 904, "Cozy  ·  Mystery  ·  Drama", 26, 500, "#E0E0E0", "middle")
    button(c, 70, 940, 300, 88, "Play", "#FFFFFF", FOCUS_TXT, 30, 700, rx=10, icon_name="play")
    button(c, 410, 940, 300, 88, "My List", "#5A5A5A", TXT, 30, 600, rx=10, icon_name="plus")
    c.region("featured", "Featured title", hx, hy, hw, hh)
    c.text(40, 1122, "Continue Watching for Alex", 32, 700, TXT)
    for i in range(4):
        tile(c, 40 + i * 236, 1146, 220, 316, 4 + i, rx=10, poster=True, progress=[0.4, 0.75, 0.2, 0.6][i])
    c.region("row_continue", "“Continue Watching” row", 0, 1090, PH_W, 372)
    c.text(40, 1508, "Popular", 32, 700, TXT)
    phone_tabbar(c, "Home")
    return c


def phone_my_page_content(c: Canvas, record=True):
    c.rect(0, 0, PH_W, PH_H, BG)
    phone_status(c)
    boxes = phone_header(c, "My Netflix", ["search", "menu"])
    if record:
        c.region("search", "Search icon", *boxes["search"])
        c.region("menu_icon", "Menu icon (three lines), top right", *boxes["menu"])
    avatar(c, 300, 236, 180, "Alex")
    nw = tw("Alex", 40, 700)
    c.text(PH_W / 2 - 18, 478, "Alex", 40, 700, TXT, "middle")
    icon(c, "chev_d", PH_W / 2 - 18 + nw / 2 + 8, 450, 32, TXT, 2.4)
    if record:
        c.region("profile", "Profile picture and name (Alex)", 290, 226, 200, 270)
    rows = [("bell", "Notifications", "New arrivals and reminders", ACCENT),
            ("download", "Downloads", "Titles you download appear here", "#3A3A3A")]
    y = 528
    for ic, label, sub, col in rows:
        c.circle(84, y + 56, 40, col)
        icon(c, ic, 64, y + 36, 40, TXT, 2.2)
        c.text(148, y + 50, label, 32, 700, TXT)
        c.text(148, y + 88, sub, 24, 400, TXT2)
        icon(c, "chev_r", 700, y + 38, 36, TXT2, 2.2)
        if record:
            c.region(label.lower(), f"{label} row", 0, y, PH_W, 112)
        y += 124
    c.text(40, 834, "Shows & Movies You've Liked", 32, 700, TXT)
    for i in range(3):
        tile(c, 40 + i * 336, 860, 320, 180, 8 + i, rx=10)
        icon(c, "share", 40 + i * 336 + 20, 1058, 32, TXT2, 2.2)
        c.text(40 + i * 336 + 62, 1084, "Share", 24, 500, TXT2)
    c.text(40, 1170, "My List", 32, 700, TXT)
    c.text(PH_W - 40, 1170, "See All", 26, 500, TXT2, "end")
    for i in range(4):
        tile(c, 40 + i * 236, 1196, 220, 316, 11 + i, rx=10, poster=True)
    phone_tabbar(c, "My Netflix")


def phone_my_page():
    c = Canvas("phone/my-page", PH_W, PH_H,
               "Phone “My Netflix” page: the profile picture and name Alex in the middle top, a menu icon with "
               "three lines at the top right, then Notifications, Downloads and lists of titles.")
    phone_my_page_content(c)
    return c


def phone_menu():
    c = Canvas("phone/menu", PH_W, PH_H,
               "Phone menu sheet opened from the three-lines icon: Manage Profiles, App Settings, Account, Help, "
               "and Sign Out at the bottom.")
    phone_my_page_content(c, record=False)
    c.regions = [r for r in c.regions if r["id"] == "illustration_tag"]
    c.rect(0, 0, PH_W, PH_H, "#000000", opacity=0.62)
    items = [("pencil", "Manage Profiles"), ("gear", "App Settings"), ("user", "Account"),
             ("help", "Help"), ("logout", "Sign Out")]
    ih = 112
    top = PH_H - (48 + len(items) * ih + 72)
    c.rect(0, top, PH_W, PH_H - top + 40, "#232323", rx=32)
    c.rect(350, top + 16, 80, 8, "#5A5A5A", rx=4)
    c.region("menu_sheet", "Menu sheet", 0, top, PH_W, PH_H - top)
    y = top + 48
    for i, (ic, label) in enumerate(items):
        icon(c, ic, 56, y + (ih - 44) / 2, 44, TXT, 2.2)
        c.text_mid(136, y + ih / 2, label, 32, 600 if label == "Sign Out" else 500, TXT)
        if i < len(items) - 1:
            c.line(136, y + ih, PH_W, y + ih, "#3A3A3A", 1.5)
        rid = "menu_" + label.lower().replace(" ", "_")
        c.region(rid, label + (" (last item)" if label == "Sign Out" else ""), 0, y, PH_W, ih)
        y += ih
    c.rect(255, 1664, 270, 10, TXT, rx=5)
    return c


def phone_confirm():
    c = Canvas("phone/confirm-sign-out", PH_W, PH_H,
               "Phone pop-up “Sign out?” explaining that this only signs out this device, with Cancel and Sign "
               "Out buttons.")
    phone_my_page_content(c, record=False)
    c.regions = [r for r in c.regions if r["id"] == "illustration_tag"]
    c.rect(0, 0, PH_W, PH_H, "#000000", opacity=0.62)
    dw = 560
    dx = (PH_W - dw) / 2
    body = wrap("Only this device will be signed out. You can sign in again at any time.", dw - 72, 28, 400)
    dh = 96 + 24 + len(body) * 40 + 40 + 112
    dy = round((PH_H - dh) / 2)
    c.rect(dx, dy, dw, dh, "#2B2B2B", rx=28)
    c.region("dialog", "Sign out? pop-up", dx, dy, dw, dh)
    c.text(PH_W / 2, dy + 82, "Sign out?", 38, 700, TXT, "middle")
    yy = dy + 96 + 40
    for ln in body:
        c.text(PH_W / 2, yy, ln, 28, 400, "#CFCFCF", "middle")
        yy += 40
    by = dy + dh - 112
    c.line(dx, by, dx + dw, by, "#444444", 2)
    c.line(PH_W / 2, by, PH_W / 2, dy + dh, "#444444", 2)
    c.text_mid(dx + dw / 4, by + 56, "Cancel", 32, 500, TXT, "middle")
    c.text_mid(dx + 3 * dw / 4, by + 56, "Sign Out", 32, 700, "#6F9BFF", "middle")
    c.region("cancel", "Cancel button", dx, by, dw / 2, 112)
    c.region("sign_out", "Sign Out button (confirms)", dx + dw / 2, by, dw / 2, 112)
    return c


# --------------------------------------------------------------------------
# Web screens (1440x900, with a simple browser strip)
# --------------------------------------------------------------------------

WB_W, WB_H = 1440, 900
CHROME_H = 72


def browser_chrome(c: Canvas, url):
    c.rect(0, 0, WB_W, CHROME_H, "#E8EAED")
    c.line(0, CHROME_H - 0.5, WB_W, CHROME_H - 0.5, "#CDD0D5", 1)
    for i in range(3):
        c.circle(28 + i * 22, 36, 7, "#C4C7CC")
    for i, ic in enumerate(["arrow_l", "arrow_r", "reload"]):
        icon(c, ic, 104 + i * 40, 25, 22, "#5F6368" if i != 1 else "#A9ADB2", 2.2)
    c.rect(224, 16, 960, 40, "#FFFFFF", rx=20)
    icon(c, "lock", 242, 28, 16, "#5F6368", 2.4)
    c.text_mid(268, 36, url, 16, 400, "#202124")
    c.region("address_bar", f"Browser address bar ({url})", 224, 16, 960, 40)
    w, h = tag_size(14)
    illustration_tag(c, WB_W - 24 - w, 36 - h / 2, 14)


def web_light_header(c: Canvas):
    c.rect(0, CHROME_H, WB_W, 72, L_CARD)
    c.line(0, CHROME_H + 71.5, WB_W, CHROME_H + 71.5, L_LINE, 1)
    wordmark(c, 56, CHROME_H + 46, 26, L_TXT)
    avatar(c, 1340, CHROME_H + 18, 36, "Alex")
    icon(c, "chev_d", 1382, CHROME_H + 26, 20, L_TXT2, 2.4)
    c.region("profile_icon", "Profile icon (opens the profile menu)", 1334, CHROME_H + 12, 72, 48)


ACCOUNT_NAV = [("home", "Overview"), ("card", "Membership"), ("shield", "Security"), ("devices", "Devices"),
               ("users", "Profiles")]


def web_account_nav(c: Canvas, active, record=True):
    icon(c, "arrow_l", 56, 166, 20, L_TXT2, 2.2)
    c.text_mid(84, 176, "Back to browsing", 15, 500, L_TXT2)
    if record:
        c.region("back", "Back to browsing link", 52, 160, 200, 32)
    y = 216
    for ic, label in ACCOUNT_NAV:
        on = label == active
        if on:
            c.rect(48, y, 248, 44, "#E4E4E4", rx=8)
        col = L_TXT if on else "#4A4A4A"
        icon(c, ic, 62, y + 12, 20, col, 2.2)
        c.text_mid(94, y + 22, label, 16, 700 if on else 500, col)
        if record:
            c.region(f"nav_{label.lower()}", f"{label} (left navigation)" + (" (current page)" if on else ""),
                     48, y, 248, 44)
        y += 48


def web_account_content(c: Canvas, record=True):
    c.rect(0, 0, WB_W, WB_H, L_BG)
    browser_chrome(c, "netflix.com/account")
    web_light_header(c)
    if not record:
        c.regions = [r for r in c.regions if r["id"] == "illustration_tag"]
    web_account_nav(c, "Overview", record)
    x, w = 360, 740
    c.text(x, 214, "Account", 36, 700, L_TXT)
    c.text(x, 262, "Membership details", 17, 600, L_TXT)
    c.rect(x, 278, w, 180, L_CARD, rx=12, stroke=L_LINE, sw=1)
    pill = "Standard plan"
    pw = tw(pill, 14, 600) + 24
    c.rect(x + 24, 298, pw, 28, "#E8EFFE", rx=14)
    c.text_mid(x + 36, 312, pill, 14, 600, ACCENT)
    c.text(x + 24, 360, "Next payment: 14 December 2026", 16, 600, L_TXT)
    c.text(x + 24, 386, "Visa •••• 4242", 15, 400, L_TXT2)
    c.line(x, 402.5, x + w, 402.5, L_LINE, 1)
    c.text_mid(x + 24, 430, "Manage membership", 16, 600, L_TXT)
    icon(c, "chev_r", x + w - 44, 420, 20, L_TXT2, 2.2)
    c.text(x, 502, "Security & Privacy", 17, 600, L_TXT)
    rows = [("lock", "Password", "Change your password", "password"),
            ("devices", "Manage access and devices", "5 signed-in devices", "manage_devices"),
            ("logout", "Sign out of all devices", "Signs out everywhere, including this browser", "sign_out_all")]
    rh = 76
    c.rect(x, 518, w, rh * len(rows), L_CARD, rx=12, stroke=L_LINE, sw=1)
    if record:
        c.region("security_section", "“Security & Privacy” section", x, 490, w, 28 + rh * len(rows))
    y = 518
    for i, (ic, title, sub, rid) in enumerate(rows):
        if i:
            c.line(x + 24, y + 0.5, x + w, y + 0.5, L_LINE, 1)
        c.rect(x + 20, y + 16, 44, 44, L_ICON_BG, rx=10)
        icon(c, ic, x + 30, y + 26, 24, L_TXT, 2.0)
        c.text(x + 80, y + 33, title, 16, 600, L_TXT)
        c.text(x + 80, y + 55, sub, 14, 400, L_TXT2)
        icon(c, "chev_r", x + w - 44, y + 28, 20, L_TXT2, 2.2)
        if record:
            c.region(rid, f"“{title}” row", x, y, w, rh)
        y += rh
    c.text(x, 800, "Profiles", 17, 600, L_TXT)
    c.rect(x, 816, w, 76, L_CARD, rx=12, stroke=L_LINE, sw=1)
    c.rect(x + 20, 832, 44, 44, L_ICON_BG, rx=10)
    icon(c, "users", x + 30, 842, 24, L_TXT, 2.0)
    c.text(x + 80, 849, "Manage profiles", 16, 600, L_TXT)
    c.text(x + 80, 871, "3 profiles", 14, 400, L_TXT2)
    icon(c, "chev_r", x + w - 44, 844, 20, L_TXT2, 2.2)


def web_account():
    c = Canvas("web/account", WB_W, WB_H,
               "Website Account page: navigation on the left (Overview, Membership, Security, Devices, Profiles); "
               "membership details, and a “Security & Privacy” section with Password, Manage access and devices, "
               "and Sign out of all devices.")
    web_account_content(c)
    return c


def web_dark_header(c: Canvas, record=True):
    g = c.grad([(0, "#000000", 0.85), (1, "#000000", 0)], 0, 0, 0, 1)
    c.rect(0, CHROME_H, WB_W, 110, g)
    wordmark(c, 56, CHROME_H + 44, 26, TXT)
    x = 250
    for label in ["Home", "Shows", "Movies", "New & Popular", "My List", "Browse by Languages"]:
        on = label == "Home"
        c.text(x, CHROME_H + 42, label, 15, 600 if on else 400, TXT if on else "#E5E5E5")
        x += tw(label, 15, 600 if on else 400) + 22
    icon(c, "search", 1176, CHROME_H + 22, 24, TXT, 2.2)
    c.text(1222, CHROME_H + 42, "Kids", 15, 400, "#E5E5E5")
    icon(c, "bell", 1272, CHROME_H + 22, 24, TXT, 2.0)
    avatar(c, 1320, CHROME_H + 18, 32, "Alex")
    if record:
        c.region("search", "Search icon", 1170, CHROME_H + 16, 36, 36)
        c.region("profile_icon", "Profile icon, top right (hover or click to open the menu)", 1314,
                 CHROME_H + 12, 72, 44)


def web_profile_menu():
    c = Canvas("web/profile-menu", WB_W, WB_H,
               "Website browse page with the profile menu open at the top right: profiles Sam and Kids, Manage "
               "Profiles, Account, Help Center, and Sign out of Netflix at the bottom.")
    c.rect(0, 0, WB_W, WB_H, BG)
    hero(c, 0, CHROME_H, WB_W, 580, 3)
    c.text(56, 380, "Glass Harbor", 72, 700, TXT)
    yy = 420
    for ln in wrap("Two rival ferry captains share one stubborn island and a secret that keeps the harbor lights on.",
                   560, 20, 400):
        c.text(56, yy, ln, 20, 400, "#E5E5E5")
        yy += 30
    button(c, 56, 484, 132, 52, "Play", "#FFFFFF", FOCUS_TXT, 20, 700, rx=6, icon_name="play")
    button(c, 204, 484, 180, 52, "More Info", "#6D6D6E", TXT, 20, 600, rx=6, icon_name="info")
    c.text(56, 690, "Trending Now", 22, 700, TXT)
    for i in range(6):
        tile(c, 56 + i * 268, 708, 260, 146, 5 + i, rx=6)
    c.text(56, 890, "Because you watched Ocean Drift", 22, 700, TXT)
    browser_chrome(c, "netflix.com/browse")
    web_dark_header(c)
    # caret (open)
    c.path(f"M1360 {CHROME_H + 38}l5 -6 5 6z", fill=TXT)
    # dropdown
    mx, mw = 1160, 240
    my = CHROME_H + 72
    rows = [("Sam", "profile"), ("Kids", "profile"), ("Manage Profiles", "pencil"), ("Account", "user"),
            ("Help Center", "help")]
    rh = 44
    mh = 8 + rh * len(rows) + 8 + 1 + 52
    c.path(f"M{1336 - 8} {my}l8 -9 8 9z", fill="#E5E5E5")
    c.rect(mx, my, mw, mh, "#000000", opacity=0.94)
    c.rect(mx + 0.5, my + 0.5, mw - 1, mh - 1, "none", stroke="#4D4D4D", sw=1)
    c.line(mx, my + 1, mx + mw, my + 1, "#E5E5E5", 2)
    c.region("profile_menu", "Profile menu (dropdown)", mx, my, mw, mh)
    y = my + 8
    for label, ic in rows:
        if ic == "profile":
            avatar(c, mx + 14, y + 6, 32, label)
        else:
            icon(c, ic, mx + 18, y + 10, 24, "#B3B3B3", 2.0)
        c.text_mid(mx + 58, y + rh / 2, label, 15, 500, "#E5E5E5")
        rid = "menu_" + label.lower().replace(" ", "_")
        c.region(rid, label + (" (profile)" if ic == "profile" else ""), mx, y, mw, rh)
        y += rh
    y += 8
    c.line(mx, y + 0.5, mx + mw, y + 0.5, "#4D4D4D", 1)
    c.text_mid(mx + mw / 2, y + 1 + 26, "Sign out of Netflix", 15, 500, "#E5E5E5", "middle")
    c.region("sign_out", "Sign out of Netflix (signs out this browser only)", mx, y + 1, mw, 52)
    return c


def web_sign_in():
    c = Canvas("web/sign-in", WB_W, WB_H,
               "Website sign-in page: a dark panel with Email or mobile number and Password fields, a Sign In "
               "button, and Use a sign-in code.")
    c.rect(0, 0, WB_W, WB_H, BG)
    c.clip_open(0, CHROME_H, WB_W, WB_H - CHROME_H)
    poster_wall(c, WB_W, WB_H, 170, 255, 14, CHROME_H, 0.66)
    c.close()
    g = c.grad([(0, "#000000", 0.8), (0.3, "#000000", 0.2), (1, "#000000", 0.75)], 0, 0, 0, 1)
    c.rect(0, CHROME_H, WB_W, WB_H - CHROME_H, g)
    browser_chrome(c, "netflix.com/login")
    wordmark(c, 56, CHROME_H + 56, 32, TXT)
    cx, cy, cw, ch = 500, 150, 440, 640
    c.rect(cx, cy, cw, ch, "#000000", rx=6, opacity=0.84)
    ix, iw = cx + 48, cw - 96
    c.text(ix, cy + 72, "Sign In", 32, 700, TXT)
    for i, ph in enumerate(["Email or mobile number", "Password"]):
        fy = cy + 104 + i * 72
        c.rect(ix, fy, iw, 56, "#161616", rx=6, stroke="#808080", sw=1, opacity=None)
        c.text_mid(ix + 16, fy + 28, ph, 16, 400, TXT2)
        c.region("email" if i == 0 else "password", f"{ph} field", ix, fy, iw, 56)
    by = cy + 264
    button(c, ix, by, iw, 44, "Sign In", ACCENT, TXT, 16, 700, rx=6)
    c.region("sign_in", "Sign In button", ix, by, iw, 44)
    c.text(cx + cw / 2, by + 82, "OR", 16, 400, TXT2, "middle")
    by2 = by + 104
    button(c, ix, by2, iw, 44, "Use a sign-in code", "#3A3A3A", TXT, 16, 600, rx=6)
    c.region("sign_in_code", "Use a sign-in code button", ix, by2, iw, 44)
    c.text(cx + cw / 2, by2 + 86, "Forgot password?", 16, 500, TXT, "middle")
    ky = by2 + 120
    c.rect(ix, ky, 20, 20, "#FFFFFF", rx=3)
    icon(c, "check", ix + 2, ky + 2, 16, "#000000", 3)
    c.text_mid(ix + 30, ky + 10, "Remember me", 16, 400, TXT)
    c.text(ix, ky + 66, "New here?", 16, 400, TXT2)
    c.text(ix + tw("New here? ", 16, 400), ky + 66, "Sign up now.", 16, 700, TXT)
    yy = ky + 104
    for ln in wrap("This page is protected by a check to make sure you're not a bot.", iw, 13, 400):
        c.text(ix, yy, ln, 13, 400, TXT3)
        yy += 18
    c.region("sign_in_panel", "Sign-in panel", cx, cy, cw, ch)
    return c


def web_devices():
    c = Canvas("web/devices", WB_W, WB_H,
               "Website “Manage access and devices” page: five signed-in devices, each with its type, name, place "
               "and when it was last used, and a Sign out button; the first is a hotel room TV in Lisbon used 3 days "
               "ago.")
    c.rect(0, 0, WB_W, WB_H, L_BG)
    browser_chrome(c, "netflix.com/manageaccountaccess")
    web_light_header(c)
    web_account_nav(c, "Devices")
    x, w = 360, 740
    c.text(x, 214, "Manage access and devices", 32, 700, L_TXT)
    yy = 250
    for ln in wrap("These signed-in devices have used your account recently. Sign out any device you don't "
                   "recognise or no longer use.", w, 16, 400):
        c.text(x, yy, ln, 16, 400, L_TXT2)
        yy += 24
    devices = [
        ("tv", "Smart TV", "Hotel Rivera room TV", "Lisbon, Portugal", "Last used 3 days ago", False),
        ("phone", "Phone", "Alex's iPhone", "Bristol, United Kingdom", "Last used today", False),
        ("laptop", "Web browser", "Chrome on Windows", "Bristol, United Kingdom", "Active now", True),
        ("gamepad", "Game console", "PlayStation 5", "Bristol, United Kingdom", "Last used yesterday", False),
        ("stick", "Streaming stick", "Fire TV Stick", "Bristol, United Kingdom", "Last used 2 weeks ago", False),
    ]
    y = 300
    for i, (ic, kind, name, place, when, this) in enumerate(devices):
        c.rect(x, y, w, 96, L_CARD, rx=12, stroke=L_LINE, sw=1)
        c.rect(x + 20, y + 20, 56, 56, L_ICON_BG, rx=12)
        icon(c, ic, x + 34, y + 34, 28, L_TXT, 2.0)
        c.text(x + 96, y + 32, kind, 14, 500, L_TXT2)
        c.text(x + 96, y + 56, name, 18, 700, L_TXT)
        if this:
            tx = x + 96 + tw(name, 18, 700) + 12
            tg = "This device"
            c.rect(tx, y + 40, tw(tg, 12, 600) + 16, 22, "#E3F4EA", rx=11)
            c.text_mid(tx + 8, y + 51, tg, 12, 600, "#1E7B4A")
        c.text(x + 96, y + 79, f"{place}  ·  {when}", 14, 400, L_TXT2)
        bx, bw_, bh_ = x + w - 24 - 112, 112, 40
        button(c, bx, y + 28, bw_, bh_, "Sign out", L_CARD, L_TXT, 15, 600, rx=8, stroke="#9A9A9A")
        label = f"{kind} · {name} ({place}, {when.lower()})"
        rid = f"device_{i + 1}"
        if i == 0:
            rid, label = "device_hotel_tv", f"Hotel TV row: {label}"
        c.region(rid, label, x, y, w, 96)
        c.region(rid.replace("device", "sign_out") if i else "sign_out_hotel_tv",
                 f"Sign out button for {name}", bx, y + 28, bw_, bh_)
        y += 108
    c.region("device_list", "List of signed-in devices", x, 300, w, y - 12 - 300)
    return c


def web_sign_out_all():
    c = Canvas("web/sign-out-all", WB_W, WB_H,
               "Website confirmation “Sign out of all devices?” over the dimmed Account page, explaining that it "
               "can take a while to reach every device, with Sign Out and Cancel buttons.")
    web_account_content(c, record=False)
    c.rect(0, CHROME_H, WB_W, WB_H - CHROME_H, "#000000", opacity=0.5)
    dw = 520
    dx = (WB_W - dw) / 2
    iw = dw - 64
    body1 = wrap("This signs out every device that uses your account, including TVs, phones, game consoles and "
                 "this browser. Everyone will need to sign in again.", iw, 16, 400)
    body2 = wrap("It can take a while for this to reach every device. Afterwards, change your password.",
                 iw, 16, 400)
    dh = 32 + 40 + 20 + (len(body1) + len(body2)) * 24 + 16 + 24 + 52 + 12 + 52 + 32
    dy = round(CHROME_H + (WB_H - CHROME_H - dh) / 2)
    c.shadow(dx, dy, dw, dh, 16, 0.22)
    c.rect(dx, dy, dw, dh, L_CARD, rx=16)
    c.region("dialog", "Sign out of all devices? dialog", dx, dy, dw, dh)
    c.text(dx + 32, dy + 64, "Sign out of all devices?", 24, 700, L_TXT)
    yy = dy + 64 + 36
    for ln in body1:
        c.text(dx + 32, yy, ln, 16, 400, "#3F3F3F")
        yy += 24
    yy += 16
    for ln in body2:
        c.text(dx + 32, yy, ln, 16, 400, "#3F3F3F")
        yy += 24
    by = dy + dh - 32 - 52 - 12 - 52
    button(c, dx + 32, by, iw, 52, "Sign Out", ACCENT, TXT, 17, 700, rx=8)
    c.region("sign_out", "Sign Out button (confirms)", dx + 32, by, iw, 52)
    button(c, dx + 32, by + 64, iw, 52, "Cancel", L_CARD, L_TXT, 17, 600, rx=8, stroke="#9A9A9A")
    c.region("cancel", "Cancel button", dx + 32, by + 64, iw, 52)
    return c


def web_change_password():
    c = Canvas("web/change-password", WB_W, WB_H,
               "Website Change password page: Current password, New password and Re-enter new password fields, a "
               "ticked box “Require all devices to sign in again with new password”, and Save and Cancel buttons.")
    c.rect(0, 0, WB_W, WB_H, L_BG)
    browser_chrome(c, "netflix.com/password")
    web_light_header(c)
    x, w = 470, 500
    c.text(x, 214, "Change password", 32, 700, L_TXT)
    yy = 248
    for ln in wrap("Protect your account with a unique password at least 6 characters long.", w, 16, 400):
        c.text(x, yy, ln, 16, 400, L_TXT2)
        yy += 24
    fields = [("Current password", "••••••••••", "current_password"),
              ("New password (6-60 characters)", "••••••••••••", "new_password"),
              ("Re-enter new password", "••••••••••••", "confirm_password")]
    y = 296
    for i, (label, val, rid) in enumerate(fields):
        focused = i == 2
        c.rect(x, y, w, 60, L_CARD, rx=6, stroke=ACCENT if focused else "#9A9A9A", sw=2 if focused else 1)
        c.text(x + 16, y + 22, label, 12, 500, L_TXT2)
        c.text(x + 16, y + 46, val, 18, 700, L_TXT)
        c.region(rid, f"{label} field", x, y, w, 60)
        y += 60
        if i == 0:
            c.text(x, y + 26, "Forgot password?", 14, 600, ACCENT)
            c.region("forgot_password", "Forgot password? link", x, y + 10, tw("Forgot password?", 14, 600), 22)
            y += 44
        else:
            y += 16
    cy = y + 8
    c.rect(x, cy, 24, 24, ACCENT, rx=4)
    icon(c, "check", x + 3, cy + 3, 18, "#FFFFFF", 3)
    lab = "Require all devices to sign in again with new password"
    c.text_mid(x + 36, cy + 12, lab, 16, 400, L_TXT)
    c.region("require_sign_in", "Checkbox: Require all devices to sign in again with new password (ticked)",
             x, cy - 4, 36 + tw(lab, 16, 400), 32)
    by = cy + 60
    button(c, x, by, w, 56, "Save", ACCENT, TXT, 17, 700, rx=6)
    c.region("save", "Save button", x, by, w, 56)
    button(c, x, by + 72, w, 56, "Cancel", "#E4E4E4", L_TXT, 17, 600, rx=6)
    c.region("cancel", "Cancel button", x, by + 72, w, 56)
    return c


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------

SCREENS = [
    tv_home, tv_side_menu, tv_top_bar, tv_get_help, tv_settings, tv_confirm, tv_sign_in, tv_choose_sign_in,
    tv_email_password,
    phone_home, phone_my_page, phone_menu, phone_confirm,
    web_sign_in, web_profile_menu, web_account, web_devices, web_sign_out_all, web_change_password,
]

DOC_HEAD = """# Mock-up screenshots

Generated file: do not edit by hand. `assets-src/generate.py` writes this page,
the SVG sources and `assets-src/regions.json`; `tools/render-shots.sh` renders
the PNGs.

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

To change an image, edit `assets-src/generate.py` (shared components at the
top, one function per screen), run the script, and look at the PNG: the boxes
below and `assets-src/regions.json` are regenerated with it.

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
- Sizes: TV 1280x720, phone 780x1688 (a 2x phone: status bar at the top, tab
  bar at the bottom), web 1440x900 (a plain browser strip 72 px high on top).

## Coordinates

All rectangles are `(x, y, w, h)` in image pixels, origin at the top-left.
The same data is in `assets-src/regions.json` (keyed by image, then id).
Rectangles of text-sized controls come from the font's advance widths, so they
can be a pixel or two wider than the ink.
"""


def main():
    resvg_version = sys.argv[1] if len(sys.argv) > 1 else "0.45.1"
    oxipng_version = sys.argv[2] if len(sys.argv) > 2 else "9.1.5"
    all_regions = {}
    doc = [DOC_HEAD.format(resvg=resvg_version, oxipng=oxipng_version)]
    for fn in SCREENS:
        c = fn()
        out = SVG_DIR / f"{c.key}.svg"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(c.svg(), encoding="utf-8")
        regs = sorted(c.regions, key=lambda r: (r["id"] == "illustration_tag", r["y"], r["x"]))
        all_regions[f"{c.key}.png"] = {
            "size": [c.w, c.h], "alt": c.alt,
            "regions": {r["id"]: {"label": r["label"], "rect": [r["x"], r["y"], r["w"], r["h"]]} for r in regs},
        }
        doc.append(f"\n### `assets/shots/{c.key}.png` ({c.w}x{c.h})\n\nAlt text: {c.alt}\n")
        doc.append("| id | control or region | (x, y, w, h) |\n| --- | --- | --- |")
        for r in regs:
            doc.append(f"| `{r['id']}` | {r['label']} | ({r['x']}, {r['y']}, {r['w']}, {r['h']}) |")
        ids = [r["id"] for r in regs]
        assert len(ids) == len(set(ids)), (c.key, ids)
        for r in regs:
            assert 0 <= r["x"] and 0 <= r["y"] and r["x"] + r["w"] <= c.w and r["y"] + r["h"] <= c.h, (c.key, r)
    (SRC / "regions.json").write_text(json.dumps(all_regions, indent=1, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    (ROOT / "docs").mkdir(exist_ok=True)
    (ROOT / "docs" / "images.md").write_text("\n".join(doc) + "\n", encoding="utf-8")
    print(f"wrote {len(SCREENS)} SVGs, assets-src/regions.json, docs/images.md")


if __name__ == "__main__":
    main()
