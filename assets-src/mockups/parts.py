"""Small shared controls: avatar, wordmark, the "Illustration" tag, buttons and pills."""
from __future__ import annotations

from .canvas import Canvas
from .fonts import tw
from .icons import icon
from .palette import AVATARS, TXT, WORDMARK


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
    """The neutral STREAMING wordmark; returns its width."""
    ls = size * 0.08
    c.text(x, baseline, WORDMARK, size, 700, color, anchor, ls=ls)
    return tw(WORDMARK, size, 700, ls)


def tag_size(size):
    return round(tw("Illustration", size, 600) + size * 2.0), round(size * 2.0)


def illustration_tag(c: Canvas, x, y, size):
    """Rounded pill with the word Illustration; (x, y) is its top-left.

    It is drawn above everything else and its box is always recorded, even
    inside Canvas.unrecorded()."""
    w, h = tag_size(size)
    before = len(c.els)
    c.rect(x, y, w, h, "#000000", rx=h / 2, opacity=0.62)
    c.rect(x + 0.5, y + 0.5, w - 1, h - 1, "none", rx=h / 2, stroke="#FFFFFF", sw=1, opacity=0.55)
    c.text(x + w / 2, y + h / 2 + size * 0.36, "Illustration", size, 600, TXT, "middle")
    c.top.extend(c.els[before:])
    del c.els[before:]
    c.region("illustration_tag", "“Illustration” tag (not a control)", x, y, w, h, always=True)
    return w, h


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


def pill(c: Canvas, x, y, h, label, size, pad, fill, color):
    """Small rounded label (plan name, "This device"); (x, y) is its top-left."""
    c.rect(x, y, tw(label, size, 600) + 2 * pad, h, fill, rx=h / 2)
    c.text_mid(x + pad, y + h / 2, label, size, 600, color)
