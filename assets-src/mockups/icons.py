"""Line icons: 24x24 stroke paths, drawn at any size and colour with icon().

Each entry of ICONS is the inner SVG of a 24x24 icon drawn with round caps and
joins; filled dots use FILLDOT so they take the stroke colour.
"""
from __future__ import annotations

import math

from .canvas import Canvas, num

FILLDOT = 'fill="currentColor" stroke="none"'


def _gear():
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
