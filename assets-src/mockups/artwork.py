"""Made-up artwork: title tiles, billboard heroes, poster walls and a QR-like pattern.

Nothing here is real artwork: gradients with simple shapes and the made-up
titles from palette.TITLES stand in for the service's pictures.
"""
from __future__ import annotations

from .canvas import Canvas, num
from .fonts import wrap
from .palette import ACCENT, BG, TILE_COLORS, TITLES, TXT


def tile(c: Canvas, x, y, w, h, idx, title=None, rx=6, progress=None, poster=False):
    """Title tile: gradient, one of four motifs, the title (centred on posters), optional progress bar."""
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
    """Billboard art for the featured title, fading into the page at the bottom."""
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


def poster_wall(c: Canvas, w, h, pw, ph, gap, top, dim):
    """Staggered rows of untitled posters behind a welcome or sign-in page, dimmed by `dim`."""
    cols = w // (pw + gap) + 2
    rows = (h - top) // (ph + gap) + 2
    for r in range(rows):
        off = -(pw // 2) if r % 2 else -(pw // 5)
        for col in range(cols):
            tile(c, off + col * (pw + gap), top + r * (ph + gap) - ph // 3, pw, ph, r * 5 + col * 3 + 2,
                 title=" ", rx=6, poster=True)
    c.rect(0, 0, w, h, "#000000", opacity=dim)


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
