"""Colours and made-up content shared by every screen.

One palette for all mock-ups (see the style rules in docs/images.md), the
avatar colours, the gradient pairs and titles of the title tiles, and the
neutral wordmark that stands in for a service logo.
"""

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
