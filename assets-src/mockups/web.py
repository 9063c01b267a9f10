"""Web screens (1440x900): sign-in, browse with the profile menu, account pages, sign-out dialog.

Every web screen has a plain browser strip 72 px high on top, with the
address bar and, at its right end, the Illustration tag. Account pages are
light; browse and sign-in pages are dark.
"""
from __future__ import annotations

from .artwork import hero, poster_wall, tile
from .canvas import Canvas, screen_maker, slug
from .fonts import tw, wrap
from .icons import icon
from .palette import (ACCENT, BG, FOCUS_TXT, L_BG, L_CARD, L_ICON_BG, L_LINE, L_TXT, L_TXT2, TXT, TXT2,
                      TXT3)
from .parts import avatar, button, illustration_tag, pill, tag_size, wordmark

WB_W, WB_H = 1440, 900
CHROME_H = 72
ACCOUNT_NAV = [("home", "Overview"), ("card", "Membership"), ("shield", "Security"), ("devices", "Devices"),
               ("users", "Profiles")]

screen = screen_maker("web", WB_W, WB_H)


# -- browser and page frames

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


def light_page(c: Canvas, url):
    """Light account-area page: background, browser strip, header with wordmark and profile icon."""
    c.fill(L_BG)
    browser_chrome(c, url)
    c.rect(0, CHROME_H, WB_W, 72, L_CARD)
    c.line(0, CHROME_H + 71.5, WB_W, CHROME_H + 71.5, L_LINE, 1)
    wordmark(c, 56, CHROME_H + 46, 26, L_TXT)
    avatar(c, 1340, CHROME_H + 18, 36, "Alex")
    icon(c, "chev_d", 1382, CHROME_H + 26, 20, L_TXT2, 2.4)
    c.region("profile_icon", "Profile icon (opens the profile menu)", 1334, CHROME_H + 12, 72, 48)


def dark_header(c: Canvas):
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
    c.region("search", "Search icon", 1170, CHROME_H + 16, 36, 36)
    c.region("profile_icon", "Profile icon, top right (hover or click to open the menu)", 1314,
             CHROME_H + 12, 72, 44)


# -- account-area parts

def account_nav(c: Canvas, active):
    icon(c, "arrow_l", 56, 166, 20, L_TXT2, 2.2)
    c.text_mid(84, 176, "Back to browsing", 15, 500, L_TXT2)
    c.region("back", "Back to browsing link", 52, 160, 200, 32)
    y = 216
    for ic, label in ACCOUNT_NAV:
        on = label == active
        if on:
            c.rect(48, y, 248, 44, "#E4E4E4", rx=8)
        col = L_TXT if on else "#4A4A4A"
        icon(c, ic, 62, y + 12, 20, col, 2.2)
        c.text_mid(94, y + 22, label, 16, 700 if on else 500, col)
        c.region(f"nav_{label.lower()}", f"{label} (left navigation)" + (" (current page)" if on else ""),
                 48, y, 248, 44)
        y += 48


def card(c: Canvas, x, y, w, h, heading=None):
    """White card with a thin border, its heading (if any) 16 px above it."""
    if heading:
        c.text(x, y - 16, heading, 17, 600, L_TXT)
    c.rect(x, y, w, h, L_CARD, rx=12, stroke=L_LINE, sw=1)


def icon_tile(c: Canvas, name, x, y, size, icon_size, rx):
    """Dark icon on a pale rounded square; (x, y) is the square's top-left."""
    c.rect(x, y, size, size, L_ICON_BG, rx=rx)
    pad = (size - icon_size) / 2
    icon(c, name, x + pad, y + pad, icon_size, L_TXT, 2.0)


def link_card(c: Canvas, x, y, w, heading, rows, rh=76):
    """A headed card of link rows (icon, title, subtitle, chevron); returns the top of each row."""
    card(c, x, y, w, rh * len(rows), heading)
    tops = []
    for i, (ic, title, sub) in enumerate(rows):
        if i:
            c.line(x + 24, y + 0.5, x + w, y + 0.5, L_LINE, 1)
        icon_tile(c, ic, x + 20, y + 16, 44, 24, 10)
        c.text(x + 80, y + 33, title, 16, 600, L_TXT)
        c.text(x + 80, y + 55, sub, 14, 400, L_TXT2)
        icon(c, "chev_r", x + w - 44, y + 28, 20, L_TXT2, 2.2)
        tops.append(y)
        y += rh
    return tops


def account_content(c: Canvas):
    light_page(c, "netflix.com/account")
    account_nav(c, "Overview")
    x, w = 360, 740
    c.text(x, 214, "Account", 36, 700, L_TXT)
    card(c, x, 278, w, 180, "Membership details")
    pill(c, x + 24, 298, 28, "Standard plan", 14, 12, "#E8EFFE", ACCENT)
    c.text(x + 24, 360, "Next payment: 14 December 2026", 16, 600, L_TXT)
    c.text(x + 24, 386, "Visa •••• 4242", 15, 400, L_TXT2)
    c.line(x, 402.5, x + w, 402.5, L_LINE, 1)
    c.text_mid(x + 24, 430, "Manage membership", 16, 600, L_TXT)
    icon(c, "chev_r", x + w - 44, 420, 20, L_TXT2, 2.2)
    rows = [("lock", "Password", "Change your password", "password"),
            ("devices", "Manage access and devices", "5 signed-in devices", "manage_devices"),
            ("logout", "Sign out of all devices", "Signs out everywhere, including this browser", "sign_out_all")]
    tops = link_card(c, x, 518, w, "Security & Privacy", [row[:3] for row in rows])
    c.region("security_section", "“Security & Privacy” section", x, 490, w, 28 + 76 * len(rows))
    for top, (_ic, title, _sub, rid) in zip(tops, rows):
        c.region(rid, f"“{title}” row", x, top, w, 76)
    link_card(c, x, 816, w, "Profiles", [("users", "Manage profiles", "3 profiles")])


# -- screens (in the order of the guides: sign in, browse, account)

@screen("sign-in", "Website sign-in page: a dark panel with Email or mobile number and Password fields, a Sign In "
                   "button, and Use a sign-in code.")
def sign_in(c: Canvas):
    c.fill(BG)
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
        c.rect(ix, fy, iw, 56, "#161616", rx=6, stroke="#808080", sw=1)
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
    fw = tw("Forgot password?", 16, 500)
    c.region("forgot_password", "Forgot password? link", cx + cw / 2 - fw / 2, by2 + 68, fw, 24)
    ky = by2 + 120
    c.rect(ix, ky, 20, 20, "#FFFFFF", rx=3)
    icon(c, "check", ix + 2, ky + 2, 16, "#000000", 3)
    c.text_mid(ix + 30, ky + 10, "Remember me", 16, 400, TXT)
    c.text(ix, ky + 66, "New here?", 16, 400, TXT2)
    c.text(ix + tw("New here? ", 16, 400), ky + 66, "Sign up now.", 16, 700, TXT)
    c.text_lines(ix, ky + 104, wrap("This page is protected by a check to make sure you're not a bot.", iw, 13, 400),
                 13, 400, TXT3, 18)
    c.region("sign_in_panel", "Sign-in panel", cx, cy, cw, ch)


def browse_page(c: Canvas):
    """The signed-in browse page: billboard, a row of titles, the dark header with the profile icon."""
    c.fill(BG)
    hero(c, 0, CHROME_H, WB_W, 580, 3)
    c.text(56, 380, "Glass Harbor", 72, 700, TXT)
    c.text_lines(56, 420, wrap("Two rival ferry captains share one stubborn island and a secret that keeps the "
                               "harbor lights on.", 560, 20, 400), 20, 400, "#E5E5E5", 30)
    button(c, 56, 484, 132, 52, "Play", "#FFFFFF", FOCUS_TXT, 20, 700, rx=6, icon_name="play")
    button(c, 204, 484, 180, 52, "More Info", "#6D6D6E", TXT, 20, 600, rx=6, icon_name="info")
    c.text(56, 690, "Trending Now", 22, 700, TXT)
    for i in range(6):
        tile(c, 56 + i * 268, 708, 260, 146, 5 + i, rx=6)
    c.region("row_trending", "“Trending Now” row of titles", 56, 664, WB_W - 56, 190)
    c.text(56, 890, "Because you watched Ocean Drift", 22, 700, TXT)
    browser_chrome(c, "netflix.com/browse")
    dark_header(c)


@screen("browse", "Website browse page of a signed-in browser: the header with the STREAMING wordmark, the "
                  "sections and, at the top right, the profile icon; a featured title and a row of titles below.")
def browse(c: Canvas):
    browse_page(c)
    c.path(f"M1360 {CHROME_H + 32}l5 6 5 -6z", fill=TXT)   # caret (closed)


@screen("profile-menu", "Website browse page with the profile menu open at the top right: profiles Sam and Kids, "
                        "Manage Profiles, Account, Help Center, and Sign out of Netflix at the bottom.")
def profile_menu(c: Canvas):
    browse_page(c)
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
        c.region(f"menu_{slug(label)}", label + (" (profile)" if ic == "profile" else ""), mx, y, mw, rh)
        y += rh
    y += 8
    c.line(mx, y + 0.5, mx + mw, y + 0.5, "#4D4D4D", 1)
    c.text_mid(mx + mw / 2, y + 1 + 26, "Sign out of Netflix", 15, 500, "#E5E5E5", "middle")
    c.region("sign_out", "Sign out of Netflix (signs out this browser only)", mx, y + 1, mw, 52)


@screen("account", "Website Account page: navigation on the left (Overview, Membership, Security, Devices, "
                   "Profiles); membership details, and a “Security & Privacy” section with Password, Manage access "
                   "and devices, and Sign out of all devices.")
def account(c: Canvas):
    account_content(c)


@screen("devices", "Website “Manage access and devices” page: five signed-in devices, each with its type, name, "
                   "place and when it was last used, and a Sign out button; the first is a hotel room TV in Lisbon "
                   "used 3 days ago.")
def devices(c: Canvas):
    light_page(c, "netflix.com/manageaccountaccess")
    account_nav(c, "Devices")
    x, w = 360, 740
    c.text(x, 214, "Manage access and devices", 32, 700, L_TXT)
    c.text_lines(x, 250, wrap("These signed-in devices have used your account recently. Sign out any device you "
                              "don't recognise or no longer use.", w, 16, 400), 16, 400, L_TXT2, 24)
    rows = [
        ("tv", "Smart TV", "Hotel Rivera room TV", "Lisbon, Portugal", "Last used 3 days ago", False),
        ("phone", "Phone", "Alex's iPhone", "Bristol, United Kingdom", "Last used today", False),
        ("laptop", "Web browser", "Chrome on Windows", "Bristol, United Kingdom", "Active now", True),
        ("gamepad", "Game console", "PlayStation 5", "Bristol, United Kingdom", "Last used yesterday", False),
        ("stick", "Streaming stick", "Fire TV Stick", "Bristol, United Kingdom", "Last used 2 weeks ago", False),
    ]
    y = 300
    for i, (ic, kind, name, place, when, this) in enumerate(rows):
        card(c, x, y, w, 96)
        icon_tile(c, ic, x + 20, y + 20, 56, 28, 12)
        c.text(x + 96, y + 32, kind, 14, 500, L_TXT2)
        c.text(x + 96, y + 56, name, 18, 700, L_TXT)
        if this:
            pill(c, x + 96 + tw(name, 18, 700) + 12, y + 40, 22, "This device", 12, 8, "#E3F4EA", "#1E7B4A")
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


@screen("sign-out-all", "Website confirmation “Sign out of all devices?” over the dimmed Account page, explaining "
                        "that it can take a while to reach every device, with Sign Out and Cancel buttons.")
def sign_out_all(c: Canvas):
    with c.unrecorded():
        account_content(c)
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
    yy = c.text_lines(dx + 32, dy + 64 + 36, body1, 16, 400, "#3F3F3F", 24)
    c.text_lines(dx + 32, yy + 16, body2, 16, 400, "#3F3F3F", 24)
    by = dy + dh - 32 - 52 - 12 - 52
    button(c, dx + 32, by, iw, 52, "Sign Out", ACCENT, TXT, 17, 700, rx=8)
    c.region("sign_out", "Sign Out button (confirms)", dx + 32, by, iw, 52)
    button(c, dx + 32, by + 64, iw, 52, "Cancel", L_CARD, L_TXT, 17, 600, rx=8, stroke="#9A9A9A")
    c.region("cancel", "Cancel button", dx + 32, by + 64, iw, 52)


@screen("change-password", "Website Change password page: Current password, New password and Re-enter new password "
                           "fields, a ticked box “Require all devices to sign in again with new password”, and Save "
                           "and Cancel buttons.")
def change_password(c: Canvas):
    light_page(c, "netflix.com/password")
    x, w = 470, 500
    c.text(x, 214, "Change password", 32, 700, L_TXT)
    c.text_lines(x, 248, wrap("Protect your account with a unique password at least 6 characters long.", w, 16, 400),
                 16, 400, L_TXT2, 24)
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


SCREENS = [sign_in, browse, profile_menu, account, devices, sign_out_all, change_password]
