"""Phone screens (780x1688, a 2x phone): home, the "My Netflix" page, its menu sheet, sign-out pop-up.

Every phone screen has a status bar at the top (with the Illustration tag in
its middle) and, except under a sheet or pop-up, the tab bar at the bottom.
"""
from __future__ import annotations

from .artwork import tile
from .canvas import Canvas, screen_maker, slug
from .fonts import tw, wrap
from .icons import icon
from .palette import ACCENT, BG, FOCUS_TXT, TXT, TXT2, TXT3
from .parts import avatar, button, illustration_tag, tag_size

PH_W, PH_H = 780, 1688
TAB_Y = 1522

screen = screen_maker("phone", PH_W, PH_H)


# -- shared phone parts

def status_bar(c: Canvas):
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


def home_indicator(c: Canvas):
    c.rect(255, 1664, 270, 10, TXT, rx=5)


def tab_bar(c: Canvas, active):
    c.rect(0, TAB_Y, PH_W, PH_H - TAB_Y, "#121212", opacity=0.98)
    c.line(0, TAB_Y, PH_W, TAB_Y, "#2A2A2A", 2)
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
        c.region(f"tab_{slug(label)}", f"“{label}” tab" + (" (current)" if on else ""), i * 260, TAB_Y, 260, 130)
    home_indicator(c)


def header(c: Canvas, title, icons):
    """Large page title with icons at the right; returns each icon's tap box by name."""
    c.text(40, 177, title, 48, 700, TXT)
    x = PH_W - 40 - 44
    out = {}
    for name in reversed(icons):
        icon(c, name, x, 138, 44, TXT, 2.2)
        out[name] = (x - 14, 124, 72, 72)
        x -= 72
    return out


def my_page_content(c: Canvas):
    c.fill(BG)
    status_bar(c)
    boxes = header(c, "My Netflix", ["search", "menu"])
    c.region("search", "Search icon", *boxes["search"])
    c.region("menu_icon", "Menu icon (three lines), top right", *boxes["menu"])
    avatar(c, 300, 236, 180, "Alex")
    nw = tw("Alex", 40, 700)
    c.text(PH_W / 2 - 18, 478, "Alex", 40, 700, TXT, "middle")
    icon(c, "chev_d", PH_W / 2 - 18 + nw / 2 + 8, 450, 32, TXT, 2.4)
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
    tab_bar(c, "My Netflix")


def dimmed_my_page(c: Canvas):
    """The My Netflix page, unrecorded and dimmed, behind a sheet or pop-up."""
    with c.unrecorded():
        my_page_content(c)
    c.fill("#000000", opacity=0.62)


# -- screens

@screen("home", "Phone app main screen: “For Alex” at the top, a large featured title, a row of titles, and a "
                "bottom tab bar with Home, New & Hot and My Netflix (profile picture).")
def home(c: Canvas):
    c.fill(BG)
    g = c.grad([(0, "#2A3550", 1), (1, BG, 1)], 0, 0, 0, 1)
    c.rect(0, 0, PH_W, 700, g)
    status_bar(c)
    boxes = header(c, "For Alex", ["cast", "download", "search"])
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
    tab_bar(c, "Home")


@screen("my-page", "Phone “My Netflix” page: the profile picture and name Alex in the middle top, a menu icon with "
                   "three lines at the top right, then Notifications, Downloads and lists of titles.")
def my_page(c: Canvas):
    my_page_content(c)


@screen("menu", "Phone menu sheet opened from the three-lines icon: Manage Profiles, App Settings, Account, Help, "
                "and Sign Out at the bottom.")
def menu(c: Canvas):
    dimmed_my_page(c)
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
        c.region(f"menu_{slug(label)}", label + (" (last item)" if label == "Sign Out" else ""), 0, y, PH_W, ih)
        y += ih
    home_indicator(c)


@screen("confirm-sign-out", "Phone pop-up “Sign out?” explaining that this only signs out this device, with Cancel "
                            "and Sign Out buttons.")
def confirm_sign_out(c: Canvas):
    dimmed_my_page(c)
    dw = 560
    dx = (PH_W - dw) / 2
    body = wrap("Only this device will be signed out. You can sign in again at any time.", dw - 72, 28, 400)
    dh = 96 + 24 + len(body) * 40 + 40 + 112
    dy = round((PH_H - dh) / 2)
    c.rect(dx, dy, dw, dh, "#2B2B2B", rx=28)
    c.region("dialog", "Sign out? pop-up", dx, dy, dw, dh)
    c.text(PH_W / 2, dy + 82, "Sign out?", 38, 700, TXT, "middle")
    c.text_lines(PH_W / 2, dy + 96 + 40, body, 28, 400, "#CFCFCF", 40, "middle")
    by = dy + dh - 112
    c.line(dx, by, dx + dw, by, "#444444", 2)
    c.line(PH_W / 2, by, PH_W / 2, dy + dh, "#444444", 2)
    c.text_mid(dx + dw / 4, by + 56, "Cancel", 32, 500, TXT, "middle")
    c.text_mid(dx + 3 * dw / 4, by + 56, "Sign Out", 32, 700, "#6F9BFF", "middle")
    c.region("cancel", "Cancel button", dx, by, dw / 2, 112)
    c.region("sign_out", "Sign Out button (confirms)", dx + dw / 2, by, dw / 2, 112)


SCREENS = [home, my_page, menu, confirm_sign_out]
