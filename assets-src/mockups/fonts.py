"""Text measurement: advance widths read from the committed Inter font files.

A tiny OpenType reader (head, hhea, hmtx and cmap only) gives the width of a
string, so layouts that depend on text length are exact enough for placing
highlights. Kerning is ignored: widths may be a pixel or two wide.
"""
from __future__ import annotations

import struct
from pathlib import Path

FONT_DIR = Path(__file__).resolve().parent.parent / "fonts"
FONT_FAMILY = "Inter"
FONT_FILES = {
    400: "Inter-Regular.otf",
    500: "Inter-Medium.otf",
    600: "Inter-SemiBold.otf",
    700: "Inter-Bold.otf",
}


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
    """Split s into lines no wider than width (a single long word stays whole)."""
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
