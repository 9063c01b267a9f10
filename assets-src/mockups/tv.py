"""TV screens (1280x720): browse with side menu or top bar, Get Help, Settings, sign-in.

The remote's focus is a white fill with dark text. The Illustration tag sits
at the bottom right of every TV screen. One picture is not a single screen:
menu-layouts (1280x440) shows two TVs side by side, a side menu and a top
bar, for the question "Where is the menu on your TV?".
"""
from __future__ import annotations

from .artwork import fake_qr, hero, poster_wall, tile
from .canvas import Canvas, num, screen_maker, slug
from .fonts import tw, wrap
from .icons import icon
from .palette import BG, FOCUS_BG, FOCUS_TXT, LINE_D, SURF, SURF2, TXT, TXT2, TXT3
from .parts import avatar, button, illustration_tag, tag_size, wordmark

TV_W, TV_H = 1280, 720
SIDE_ITEMS = [("search", "Search"), ("home", "Home"), ("tv", "Shows"), ("film", "Movies"),
              ("bolt", "New & Popular"), ("plus", "My List")]
GET_HELP_ITEMS = [("wifi", "Check your network"), ("play_circle", "Play a test video"),
                  ("chat", "Contact support"), ("info", "Help Center")]


def tv_tag(c: Canvas):
    w, h = tag_size(14)
    illustration_tag(c, TV_W - 20 - w, TV_H - 20 - h, 14)


screen = screen_maker("tv", TV_W, TV_H, finish=tv_tag)


# -- shared TV parts

def browse_content(c: Canvas, x0, focus=True):
    """Billboard and two rows of tiles; x0 = left edge of content."""
    c.fill(BG)
    hero(c, 0, 0, TV_W, 420, 0)
    c.text(x0, 196, "Ocean Drift", 60, 700, TXT)
    c.text(x0, 236, "2024  ·  Drama  ·  2 Seasons  ·  HD", 18, 500, TXT2)
    syn = "A lighthouse keeper's daughter finds a logbook that maps a coastline nobody remembers."
    c.text_lines(x0, 276, wrap(syn, 540, 20, 400), 20, 400, "#E5E5E5", 30)
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
        c.region(f"row_{r + 1}", f"“{label}” row of titles", x0, base - 22, TV_W - x0, th + 38)
    if not focus:
        return
    # focus on the first tile of the first row
    fx, fy = x0, 448 + 16
    c.rect(fx - 4, fy - 4, tw_ + 8, th + 8, "none", rx=9, stroke=FOCUS_BG, sw=3)
    c.region("focused_tile", "Focused title tile (where the remote starts)", fx - 5, fy - 5, tw_ + 10, th + 10)


def side_collapsed(c: Canvas):
    g = c.grad([(0, "#000000", 0.95), (0.7, "#000000", 0.8), (1, "#000000", 0)], 0, 0, 1, 0)
    c.rect(0, 0, 112, TV_H, g)
    avatar(c, 24, 40, 40, "Alex")
    c.region("profile_icon", "Profile avatar (collapsed side menu)", 20, 36, 48, 48)
    y = 140
    for name, label in SIDE_ITEMS:
        col = TXT if label == "Home" else "#9A9A9A"
        icon(c, name, 30, y, 28, col)
        if label == "Home":
            c.rect(10, y + 2, 4, 24, TXT, rx=2)
        c.region(f"menu_{slug(label)}", f"{label} icon", 16, y - 10, 56, 48)
        y += 56
    c.region("side_menu", "Collapsed side menu strip (press Left to open)", 0, 0, 88, TV_H)


def menu_item(c: Canvas, x, y, w, h, icon_name, label, focused=False, current=False, size=24):
    if focused:
        c.rect(x, y, w, h, FOCUS_BG, rx=8)
    col = FOCUS_TXT if focused else (TXT if current else "#A3A3A3")
    icon(c, icon_name, x + 18, y + (h - 28) / 2, 28, col)
    c.text_mid(x + 64, y + h / 2, label, size, 600 if (focused or current) else 500, col)


def list_page(c: Canvas, title, items, panel, signout_focused=True):
    """A titled list with Sign Out last, and an information panel with device details on the right."""
    c.fill(BG)
    c.text(80, 100, title, 40, 700, TXT)
    y = 140
    for i, (ic, label) in enumerate(items):
        menu_item(c, 80, y, 440, 64, ic, label)
        c.region(f"item_{i + 1}", label, 80, y, 440, 64)
        y += 72
    c.line(96, 572, 504, 572, LINE_D, 1)
    menu_item(c, 80, 588, 440, 64, "logout", "Sign Out", focused=signout_focused)
    c.region("sign_out", "Sign Out (last item in the list)", 80, 588, 440, 64)
    c.region("list", "Left-hand list", 80, 140, 440, 512)
    # right panel
    px, py, pw, ph = 600, 140, 600, 512
    c.rect(px, py, pw, ph, SURF, rx=16)
    c.region("panel", "Information panel for the focused item", px, py, pw, ph)
    head, body = panel
    c.text(px + 40, py + 64, head, 28, 700, TXT)
    c.text_lines(px + 40, py + 108, wrap(body, pw - 80, 20, 400), 20, 400, TXT2, 30)
    rows = [("Account", "a•••@example.com"), ("Profile", "Alex"), ("Device", "Smart TV"),
            ("App version", "6.2.1")]
    ry = py + ph - 40 - len(rows) * 48
    for k, v in rows:
        c.line(px + 40, ry, px + pw - 40, ry, LINE_D, 1)
        c.text_mid(px + 40, ry + 24, k, 18, 500, TXT3)
        c.text_mid(px + pw - 40, ry + 24, v, 18, 500, "#E5E5E5", "end")
        ry += 48


# -- browse screens

@screen("home", "TV home screen: a featured title at the top, rows of title tiles below, and a slim icon menu "
                "down the left edge with the profile picture at the top.")
def home(c: Canvas):
    browse_content(c, 120)
    side_collapsed(c)


def side_menu_open(c: Canvas, bottom, veil=0.0):
    """The home screen dimmed, the side menu open over it; `bottom` = (icon, label, region id, description)
    items below the divider, at the bottom of the menu. `veil` darkens the page under the menu further (where
    menu labels would sit over the titles of the tiles behind)."""
    with c.unrecorded():
        browse_content(c, 120, focus=False)
    c.fill("#000000", opacity=0.55)
    g = c.grad([(0, "#000000", 0.97), (0.55, "#000000", 0.94), (1, "#000000", 0)], 0, 0, 1, 0)
    c.rect(0, 0, 700, TV_H, g)
    if veil:
        c.rect(0, 0, 380, TV_H, "#000000", opacity=veil)
    avatar(c, 52, 40, 48, "Alex")
    c.text_mid(116, 64, "Alex", 26, 600, TXT)
    c.region("profile", "Profile avatar and name (Alex)", 44, 32, 320, 64)
    y = 128
    for name, label in SIDE_ITEMS:
        menu_item(c, 36, y, 320, 56, name, label, focused=(label == "Home"))
        c.region(f"menu_{slug(label)}",
                 f"{label}" + (" (focused when the menu opens)" if label == "Home" else ""), 36, y, 320, 56)
        y += 62
    y = 612 - 62 * (len(bottom) - 1)     # the last item always sits at y = 612
    c.line(52, y - 16, 340, y - 16, LINE_D, 1)
    for ic, label, rid, desc in bottom:
        menu_item(c, 36, y, 320, 56, ic, label)
        c.region(rid, desc, 36, y, 320, 56)
        y += 62
    c.region("side_menu", "Open side menu panel", 0, 0, 380, TV_H)


@screen("side-menu", "TV home screen with the side menu opened on the left: the profile name at the top, then "
                     "Search, Home, Shows, Movies, New & Popular and My List, and Get Help near the bottom.")
def side_menu(c: Canvas):
    side_menu_open(c, [("help", "Get Help", "get_help", "Get Help menu item")])


@screen("menu-settings", "TV home screen with the side menu open on a TV whose menu has Settings: the profile name "
                         "at the top, then Search, Home, Shows, Movies, New & Popular and My List, and Settings and "
                         "Help at the bottom.")
def menu_settings(c: Canvas):
    side_menu_open(c, [("gear", "Settings", "settings", "Settings menu item"),
                       ("help", "Help", "help", "Help menu item")], veil=0.8)


TOP_ITEMS = ["Home", "Shows", "Movies", "New & Popular", "My List"]


def top_bar_content(c: Canvas, profile_focused=False):
    """Home screen with the menu bar across the top: the profile icon at the far left end, then Search and the
    sections. The remote is on Home, or on the profile icon when `profile_focused`."""
    browse_content(c, 64, focus=False)
    g = c.grad([(0, "#000000", 0.9), (1, "#000000", 0)], 0, 0, 0, 1)
    c.rect(0, 0, TV_W, 150, g)
    avatar(c, 48, 24, 44, "Alex", ring=FOCUS_BG if profile_focused else None)
    c.region("profile_icon", "Profile icon (far left end of the top bar)" + (" (focused)" if profile_focused else ""),
             44, 20, 52, 52)
    c.region("menu_search", "Search icon", 112, 22, 48, 48)
    icon(c, "search", 122, 32, 28, "#D0D0D0")
    x = 176
    for label in TOP_ITEMS:
        wdt = tw(label, 22, 600) + 36
        if label == "Home" and not profile_focused:
            c.rect(x, 22, wdt, 48, FOCUS_BG, rx=24)
            c.text_mid(x + wdt / 2, 46, label, 22, 600, FOCUS_TXT, "middle")
        else:
            c.text_mid(x + wdt / 2, 46, label, 22, 600 if label == "Home" else 500,
                       TXT if label == "Home" else "#D0D0D0", "middle")
        c.region(f"menu_{slug(label)}", label + (" (focused)" if label == "Home" and not profile_focused else ""),
                 x, 22, wdt, 48)
        x += wdt + 6
    c.region("top_bar", "Top menu bar (press Up to reach it)", 0, 0, TV_W, 92)


@screen("top-bar", "TV home screen with a menu bar across the top: the profile picture at the far left end, then "
                   "Search, Home (selected), Shows, Movies, New & Popular and My List; rows of titles below.")
def top_bar(c: Canvas):
    top_bar_content(c)


@screen("top-bar-menu", "TV home screen with a menu bar across the top: the profile picture at the far left end is "
                        "selected and a small menu has opened under it with Switch Profiles and Get Help.")
def top_bar_menu(c: Canvas):
    profile_menu_open(c, [("users", "Switch Profiles", "switch_profiles"), ("help", "Get Help", "get_help")])


@screen("top-bar-settings", "TV home screen with a menu bar across the top: the profile picture at the far left end "
                            "is selected and the small menu under it has Settings and Help instead of Get Help.")
def top_bar_settings(c: Canvas):
    profile_menu_open(c, [("users", "Switch Profiles", "switch_profiles"), ("gear", "Settings", "settings"),
                          ("help", "Help", "help")])


def profile_menu_open(c: Canvas, items):
    """The top bar with the profile selected and its small menu open over the dimmed rows."""
    top_bar_content(c, profile_focused=True)
    c.rect(0, 92, TV_W, TV_H - 92, "#000000", opacity=0.5)
    mx, my, mw = 40, 96, 360
    mh = 24 + 52 + 16 + len(items) * 62 + 10
    c.shadow(mx, my, mw, mh, 14, 0.5)
    c.rect(mx, my, mw, mh, "#1A1A1A", rx=14, stroke="#3A3A3A", sw=1)
    c.region("profile_menu", "Menu under the profile icon", mx, my, mw, mh)
    avatar(c, mx + 24, my + 24, 40, "Alex")
    c.text_mid(mx + 80, my + 44, "Alex", 24, 600, TXT)
    c.line(mx + 20, my + 84.5, mx + mw - 20, my + 84.5, LINE_D, 1)
    y = my + 24 + 52 + 16
    for i, (ic, label, rid) in enumerate(items):
        menu_item(c, mx + 10, y, mw - 20, 56, ic, label, focused=(i == 0))
        c.region(rid, label + (" (focused when the menu opens)" if i == 0 else " menu item"), mx + 10, y, mw - 20, 56)
        y += 62


LAYOUTS_W, LAYOUTS_H = 1280, 440


def layouts_tag(c: Canvas):
    w, h = tag_size(14)
    illustration_tag(c, c.w - 20 - w, c.h - 16 - h, 14)


layouts_screen = screen_maker("tv", LAYOUTS_W, LAYOUTS_H, finish=layouts_tag)


@layouts_screen("menu-layouts", "Two TVs side by side, for comparison. Left: the home screen with a slim column of "
                                "icons down the left edge (a side menu). Right: the home screen with a menu bar "
                                "across the top, the profile picture at its left end.")
def menu_layouts(c: Canvas):
    c.fill("#262626")
    scale, bezel, gap, top = 0.46875, 10, 16, 14
    sw, sh = TV_W * scale, TV_H * scale
    fw, fh = sw + 2 * bezel, sh + 2 * bezel
    x0 = (c.w - 2 * fw - gap) / 2
    screens = [
        (lambda: (browse_content(c, 120), side_collapsed(c)), "tv_side_menu", "TV with a side menu",
         "side_menu", "Column of icons down the left edge (side menu)", (0, 0, 88, TV_H)),
        (lambda: top_bar_content(c), "tv_top_bar", "TV with a menu bar across the top",
         "top_bar", "Menu bar across the top", (0, 0, TV_W, 92)),
    ]
    for i, (draw, rid, label, strip_id, strip_label, strip) in enumerate(screens):
        fx = x0 + i * (fw + gap)
        sx, sy = fx + bezel, top + bezel
        c.path(f"M{num(fx + fw / 2 - 60)} {num(top + fh)}h120l14 22h-148z", fill="#0A0A0A")   # stand
        c.rect(fx, top, fw, fh, "#050505", rx=12, stroke="#3C3C3C", sw=1)                      # bezel
        c.add(f'<g transform="translate({num(sx)} {num(sy)}) scale({num(scale)})">')
        c.clip_open(0, 0, TV_W, TV_H)
        c.w, c.h = TV_W, TV_H     # the screen's own size while it is drawn, scaled down
        with c.unrecorded():
            c.rect(0, 0, TV_W, TV_H, BG)
            draw()
        c.w, c.h = LAYOUTS_W, LAYOUTS_H
        c.close()
        c.close()
        c.region(rid, label, sx, sy, sw, sh)
        c.region(strip_id, strip_label, sx + strip[0] * scale, sy + strip[1] * scale, strip[2] * scale,
                 strip[3] * scale)


# -- Get Help, Settings and signing out

@screen("get-help", "TV Get Help page: a list on the left (Check your network, Play a test video, Contact support, "
                    "Help Center) with Sign Out as the last item at the bottom; device details on the right.")
def get_help(c: Canvas):
    list_page(c, "Get Help", GET_HELP_ITEMS,
              panel=("Sign out of this device",
                     "Removes your account from this TV. Anyone who wants to watch here will need to sign "
                     "in again. You can sign back in at any time."))


@screen("settings", "TV Settings page: a list on the left (Display, Audio, Subtitles, About this device) with Sign "
                    "Out as the last item at the bottom; device details on the right.")
def settings(c: Canvas):
    list_page(c, "Settings", [("display", "Display"), ("speaker", "Audio"), ("subtitles", "Subtitles"),
                              ("info", "About this device")],
              panel=("Sign Out",
                     "Sign out of this account on this TV. Your profiles, list and viewing history stay "
                     "with your account."))


@screen("confirm-sign-out", "TV dialog asking “Are you sure you want to sign out?” with a Yes button (selected) and "
                            "a No button, over the dimmed Get Help page.")
def confirm_sign_out(c: Canvas):
    with c.unrecorded():
        list_page(c, "Get Help", GET_HELP_ITEMS,
                  panel=("Sign out of this device", "Removes your account from this TV."))
    c.fill("#000000", opacity=0.78)
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


# -- signing in

@screen("sign-in", "TV welcome screen shown when signed out: the STREAMING wordmark, a tagline, a Sign In button "
                   "(selected) for existing members and a Get Started button for new members.")
def sign_in(c: Canvas):
    c.fill(BG)
    poster_wall(c, TV_W, TV_H, 150, 225, 14, 0, 0.72)
    v = c.rgrad([(0, "#000000", 0.55), (1, "#000000", 0.1)], 0.5, 0.5, 0.6)
    c.fill(v)
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


@screen("choose-sign-in", "TV “Choose how to sign in” screen: Use Phone is selected and shows a QR code to scan plus "
                          "the code 4 8 2 7 1 9 to match on the phone; Use Remote is the other option.")
def choose_sign_in(c: Canvas):
    c.fill(BG)
    wordmark(c, 80, 72, 22, "#D0D0D0")
    c.text(80, 140, "Choose how to sign in", 40, 700, TXT)
    opts = [("phone", "Use Phone", "Scan a QR code or match a code", True),
            ("user", "Use Remote", "Enter your email and password", False)]
    y = 186
    for ic, label, sub, foc in opts:
        h = 96
        c.rect(80, y, 400, h, FOCUS_BG if foc else SURF, rx=10)
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
    yy = c.text_lines(rx_, qy + 56, wrap("Check that the code on your phone is the same as the one below.",
                                         rw, 18, 400), 18, 400, TXT2, 26)
    cy = yy + 4
    c.rect(rx_, cy, rw, 84, SURF2, rx=10)
    c.text_mid(rx_ + rw / 2, cy + 42, "4 8 2 7 1 9", 40, 700, TXT, "middle", ls=2)
    c.region("match_code", "Code to match on the phone (4 8 2 7 1 9)", rx_, cy, rw, 84)
    c.text_lines(rx_, cy + 128, wrap("When you finish on your phone, this TV signs in by itself.", rw, 18, 400),
                 18, 400, TXT2, 26)


@screen("email-password", "TV sign-in with the remote: an on-screen keyboard on the left, and Email, Password and a "
                          "Sign In button on the right.")
def email_password(c: Canvas):
    c.fill(BG)
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
    c.text_lines(fx, 530, wrap("Tip: Use Phone on the previous screen lets you sign in by scanning a QR code "
                               "instead.", fw, 18, 400), 18, 400, TXT3, 26)


SCREENS = [home, menu_layouts, side_menu, menu_settings, top_bar, top_bar_menu, top_bar_settings, get_help, settings, confirm_sign_out,
           sign_in, choose_sign_in, email_password]
