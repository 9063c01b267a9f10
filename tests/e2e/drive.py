#!/usr/bin/python3
"""Drives the real Stepwise window through AT-SPI, as a screen reader and a
keyboard-only person meet it. Run through tests/e2e/run.sh, which provides
the X screen and the accessibility bus.

    drive.py BINARY SCENARIO [APP ARGS...]

Scenarios:
  hotel-keys   from a fresh start, Tab, the arrow keys and Return alone take
               the hotel route: every device, the website, sign-in, sign
               out of all devices, a new password, to its end.
  hotel-es, hotel-de
               the same hotel route by keys, in a window opened with
               LANG=es_ES.UTF-8 or LANG=de_DE.UTF-8: every name looked for is
               the translation (from i18n/<lang>/*.ftl and data/<lang>/*.ron
               of the source tree), so no English name may be what is found.
  language-keys
               from a fresh English start, Tab to the Language menu, Return,
               Tab to "Deutsch", Return: the window speaks German and says so
               to a screen reader ("Sprache: Deutsch"). Started again with
               STEPWISE_LANG=es, it is in Spanish and its menu says why.
  text-grows   on every screen (home, search, step, question, outcome, map,
               help), every named text grows at the largest text size.
  share        an author's round trip: `stepwise new`, the guide's text
               edited, `keygen`, `pack --sign`, `install`; then the file is
               double-clicked (xdg-open, as GNOME does it), walked by name,
               added to the reader's guides, and found again with its
               signature after a restart.

Exit status 0 when the scenario passes; otherwise it says what it saw.
Needs Debian's python3-pyatspi (and gir1.2-atspi-2.0), and xdotool.
"""
import os
import subprocess
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import GLib  # noqa: E402
import pyatspi  # noqa: E402

# What counts as text on screen: what a reader hears and sees.
TEXT_ROLES = {"label", "push button", "heading", "link", "check box", "list item",
              "radio button", "toggle button"}


def pump(seconds=0.0):
    """Lets D-Bus messages through for `seconds`."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while True:
        while context.pending():
            context.iteration(False)
        if time.monotonic() >= end:
            return
        time.sleep(0.01)


def walk(node):
    """The node and everything under it. A node that goes away while it is
    read (the screen changed) is left out, with what was under it."""
    yield node
    try:
        children = [node.getChildAtIndex(i) for i in range(node.childCount)]
    except GLib.Error:
        return
    for child in children:
        if child is not None:
            yield from walk(child)


def states(node):
    return {pyatspi.stateToString(s) for s in node.getState().getStates()}


class Failed(Exception):
    pass


class App:
    """The app under test, started with a fresh home folder (run.sh's)."""

    def __init__(self, binary, args, pid=None):
        self.binary, self.args = binary, args
        self.proc = subprocess.Popen([binary, *args]) if pid is None else None
        self.pid = pid if pid is not None else self.proc.pid
        # The names that took the keyboard focus, newest last, as a screen
        # reader hears them: waiting for one is faster than reading the tree.
        self.focused = []
        pyatspi.Registry.registerEventListener(self._on_focus, "object:state-changed:focused")
        self.root = self._until(self._find_root, 30, "the app never showed up on the accessibility bus")
        self.window = self._until(self._x_window, 20, "the app opened no X window")

    def _on_focus(self, event):
        if event.detail1 != 1:
            return
        try:
            if event.source.get_process_id() != self.pid:
                return
            self.focused.append(event.source.name or "")
        except GLib.Error:
            pass

    def _until(self, probe, seconds, why):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            try:
                found = probe()
            except (GLib.Error, LookupError, RuntimeError):
                found = None
            if found:
                return found
            pump(0.05)
        raise Failed(why)

    def _find_root(self):
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.get_process_id() == self.pid:
                return app
        return None

    def _x_window(self):
        out = subprocess.run(["xdotool", "search", "--pid", str(self.pid)],
                             capture_output=True, text=True, timeout=10)
        return out.stdout.split()[0] if out.stdout.split() else None

    def close(self):
        pyatspi.Registry.deregisterEventListener(self._on_focus, "object:state-changed:focused")
        if self.proc is None:
            # Started by someone else (the desktop): stopped by process id.
            try:
                os.kill(self.pid, 15)
            except ProcessLookupError:
                return
            for _ in range(100):
                if not os.path.exists(f"/proc/{self.pid}"):
                    return
                time.sleep(0.05)
            return
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()

    def nodes(self):
        found = []
        for node in walk(self.root):
            try:
                found.append((node.getRoleName(), node.name or "", node))
            except GLib.Error:
                continue
        return found

    def names(self):
        return [name for _, name, _ in self.nodes() if name]

    def find(self, name, role=None):
        for r, n, node in self.nodes():
            if n == name and (role is None or r == role):
                return node
        return None

    def wait_for_text(self, part, seconds=15):
        """Waits until a text containing `part` is on screen; returns it."""
        def probe():
            return next((n for n in self.names() if part in n), None)
        return self._until(probe, seconds,
                           f"never saw a text with {part!r}; on screen: {self.names()[:40]}")

    def wait_for(self, name, role=None, seconds=15):
        """Waits until a node with this name (and role) is on screen."""
        return self._until(lambda: self.find(name, role), seconds,
                           f"never saw {name!r}; on screen: {self.names()[:40]}")

    def wait_for_state(self, name, state, present=True, seconds=15):
        """Waits until the node called `name` has (or has lost) `state`."""
        def probe():
            node = self.find(name)
            return node is not None and (state in states(node)) == present
        self._until(probe, seconds, f"{name!r} never {'got' if present else 'lost'} {state!r}")

    def click(self, name):
        """Presses the button called `name` through its accessible action,
        once it is on screen (a busy machine can be a frame or two late)."""
        self.wait_for(name, "push button").queryAction().doAction(0)

    def key(self, *keys, settle=0.15):
        """Types keys into the window, as a person at the keyboard would,
        and lets the window take them for `settle` seconds."""
        subprocess.run(["xdotool", "windowfocus", "--sync", self.window,
                        "key", "--window", self.window, *keys], check=True, timeout=10)
        pump(settle)

    def has_focus(self, name):
        """Whether the control called `name` has the keyboard focus, read
        from the tree."""
        node = self.find(name)
        try:
            return node is not None and "focused" in states(node)
        except GLib.Error:
            return False

    def focus_on(self, name, key="Tab", limit=80):
        """Presses `key` until the control called `name` has the keyboard
        focus, each time waiting for the focus to move (its event) rather
        than for a fixed while."""
        if self.has_focus(name):
            return
        for _ in range(limit):
            self.focused.clear()
            self.key(key, settle=0)
            end = time.monotonic() + 1.0
            while not self.focused and time.monotonic() < end:
                pump(0.01)
            if self.focused[-1:] == [name] or (not self.focused and self.has_focus(name)):
                return
        focused = [n for _, n, node in self.nodes() if "focused" in states(node)]
        raise Failed(f"{key} never reached {name!r}; focused: {focused}")

    def press(self, name, key="Tab", then=None):
        """Moves the focus to `name` with `key`, presses Return, and waits
        for `then` to show."""
        self.wait_for(name)
        self.focus_on(name, key)
        self.key("Return")
        if then:
            self.wait_for(then)
        print(f"  pressed {name!r}" + (f", now {then!r}" if then else ""), flush=True)

    def text_sizes(self):
        """Width and height of every named text on screen, by (role, name)."""
        sizes = {}
        for role, name, node in self.nodes():
            try:
                if role not in TEXT_ROLES or not name or "showing" not in states(node):
                    continue
                box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            except (NotImplementedError, GLib.Error):
                continue
            if box.width > 0 and box.height > 0:
                sizes.setdefault((role, name), (box.width, box.height))
        return sizes


ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def ftl_messages(lang):
    """The simple (one-line) messages of a language's Fluent files."""
    messages = {}
    folder = os.path.join(ROOT, "i18n", lang)
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".ftl"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            for line in f:
                if line[:1].isalpha() and " = " in line:
                    key, value = line.rstrip("\n").split(" = ", 1)
                    if "{" not in value:
                        messages[key.strip()] = value.strip()
    return messages


def overlay_entries(lang):
    """English source text -> translation, from data/<lang>/*.ron: each
    entry sits under a comment holding the source words."""
    import re
    entry = re.compile(r'^\s*"[^"]+": \("((?:[^"\\]|\\.)*)", "[0-9a-f]{8}"\),')
    found = {}
    folder = os.path.join(ROOT, "data", lang)
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            lines = f.read().splitlines()
        for comment, line in zip(lines, lines[1:]):
            m = entry.match(line)
            if comment.strip().startswith("// ") and m:
                found.setdefault(comment.strip()[3:], m.group(1).replace('\\"', '"'))
    return found


def translator(lang):
    """Maps the English names of the window and the guides to `lang`'s;
    a name with no translation is an error, never English by default."""
    if lang == "en":
        return lambda english: english
    english, theirs = ftl_messages("en"), ftl_messages(lang)
    window = {text: theirs[key] for key, text in english.items() if key in theirs}
    guides = overlay_entries(lang)

    def tr(name):
        if name in window:
            return window[name]
        if name in guides:
            return guides[name]
        raise Failed(f"no {lang} translation of {name!r}")
    return tr


def hotel_keys(app, tr=lambda english: english):
    """The hotel route with Tab, the arrow keys and Return; `tr` gives the
    names in the window's language."""
    app.wait_for(tr("What do you need help with?"))
    app.press(tr("Netflix is signed in on a TV that isn't mine"), then=tr("Walk me through it"))
    app.press(tr("Walk me through it"), then=tr("Are you still in front of that TV?"))
    # Answers are large cards: the arrow keys move between them.
    app.press(tr("No, I've left it behind"), key="Down",
              then=tr("Sign out every device, or just that TV?"))
    app.press(tr("Every device (safest)"), key="Down", then=tr("Where will you do this?"))
    app.press(tr("In a web browser, on a computer or phone"), key="Down",
              then=tr("Sign in on the website"))
    for then in ["Open your Account page", "Choose Sign out of all devices", "Confirm",
                 "Change your password now?"]:
        app.press(tr("Done, next step"), then=tr(then))
    app.press(tr("Yes, change it now"), key="Down", then=tr("Choose Password"))
    app.press(tr("Done, next step"), then=tr("Do you know your current password?"))
    app.press(tr("Yes, I know it"), key="Down", then=tr("Type a new password"))
    app.press(tr("Done, next step"), then=tr("Sign out everywhere and save"))
    app.press(tr("Done, next step"), then=tr("Your password is changed"))
    app.press(tr("Yes, it's solved"), then=tr("What do you need help with?"))


def settled(app, differs_from=None, seconds=5.0):
    """The text sizes once two readings in a row agree (and, given
    `differs_from`, differ from it): the window has laid out what it was
    told. After `seconds`, the last reading."""
    end = time.monotonic() + seconds
    last = app.text_sizes()
    while time.monotonic() < end:
        pump(0.1)
        now = app.text_sizes()
        if now == last and now != differs_from:
            return now
        last = now
    return last


def grows(app, screen, failures):
    """Measures the texts, makes the text as large as it goes, measures
    again: every text still on screen must have grown."""
    before = settled(app)
    app.key(*["ctrl+plus"] * 8, settle=0)
    # At the largest size the window greys out Larger text: it took them all.
    app.wait_for_state("Larger text", "enabled", present=False)
    after = settled(app, differs_from=before)
    common = [k for k in before if k in after]
    # Wrapped text can change shape (two lines become one): its area is
    # what tells. 1.2 times the size is 1.44 times the area.
    flat = [k for k in common
            if after[k][1] < before[k][1] * 1.2 and after[k][0] * after[k][1] < before[k][0] * before[k][1] * 1.44]
    print(f"  {screen}: {len(common) - len(flat)} of {len(common)} texts grew", flush=True)
    # Texts that fold away at the largest size (the checklist under "All
    # steps", the app's name in the top bar) are still one click away.
    folded = [name for (role, name) in before if (role, name) not in after]
    if folded:
        print(f"    folded away: {folded}", flush=True)
    for role, name in flat:
        failures.append(f"{screen}: {role} {name!r} {before[(role, name)]} -> {after[(role, name)]}")
    if len(common) < 3:
        failures.append(f"{screen}: only {len(common)} texts to compare")
    app.key("ctrl+0", settle=0)
    app.wait_for_state("Larger text", "enabled")
    settled(app, differs_from=after)


def text_grows(app):
    """Every screen, at the normal and at the largest text size."""
    failures = []
    app.wait_for("What do you need help with?")
    grows(app, "home", failures)
    app.click("Sign out on a TV or streaming stick")
    app.wait_for("Walk me through it")
    grows(app, "quick answer", failures)
    app.click("Walk me through it")
    app.wait_for("Go to the home screen")
    grows(app, "step", failures)
    app.click("Done, next step")
    app.wait_for("Where is the menu on your TV?")
    grows(app, "question", failures)
    app.click("Map")
    app.wait_for("List view")
    grows(app, "map", failures)
    app.key("Escape")
    app.wait_for("Where is the menu on your TV?")
    app.key("F1")
    app.wait_for("Keyboard shortcuts")
    grows(app, "help", failures)
    app.key("Escape")
    for answer in ["Icons down the left edge"]:
        app.click(answer)
    for _ in range(4):
        app.wait_for("Done, next step").queryAction().doAction(0)
        pump(0.5)
    app.wait_for("This TV is signed out")
    grows(app, "outcome", failures)
    if failures:
        raise Failed("texts that did not grow at the largest size:\n  " + "\n  ".join(failures))


def run(*command, **env):
    """Runs a command as the author would at a terminal; it must succeed."""
    out = subprocess.run(command, capture_output=True, text=True, timeout=120,
                         env={**os.environ, **env})
    said = (out.stdout + out.stderr).strip()
    print(f"  $ {' '.join(command)}\n    " + said.replace("\n", "\n    "), flush=True)
    if out.returncode != 0:
        raise Failed(f"{' '.join(command)} exited with {out.returncode}")
    return said


def opened_by_desktop(binary, seconds=30):
    """The Stepwise the desktop started in this session (our run.sh folder,
    so a parallel test's window is never taken for ours)."""
    ours = os.environ["STEPWISE_E2E_INSIDE"].encode()
    real = os.path.realpath(binary)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        for pid in filter(str.isdigit, os.listdir("/proc")):
            try:
                exe = os.readlink(f"/proc/{pid}/exe")
                with open(f"/proc/{pid}/environ", "rb") as f:
                    env = f.read().split(b"\0")
            except OSError:
                continue
            if exe == real and b"STEPWISE_E2E_INSIDE=" + ours in env:
                return int(pid)
        time.sleep(0.1)
    raise Failed("the double-click started no Stepwise")


def share(binary, _args):
    """New, edit, sign, pack, double-click, walk, add, restart."""
    home = os.environ["HOME"]
    folder = os.path.join(home, "rice-cooker")
    run(binary, "new", folder)
    # The author edits the starter's text, as in a text editor.
    edits = {"data/pack.ron": [('title: "My guides"', 'title: "Kitchen help"'),
                               ('title: "Do the first thing"', 'title: "Reset the rice cooker"')],
             "data/first-guide.ron": [('title: "Press Continue"', 'title: "Hold the Start button"')]}
    for name, pairs in edits.items():
        path = os.path.join(folder, name)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for old, new in pairs:
            if old not in text:
                raise Failed(f"{name} has no {old!r} to edit")
            text = text.replace(old, new, 1)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    run(binary, "check", folder)
    run(binary, "keygen", "--name", "Ana Lopez")
    os.makedirs(os.path.join(home, "Downloads"), exist_ok=True)
    file = os.path.join(home, "Downloads", "kitchen.stepwise")
    run(binary, "pack", folder, "-o", file, "--sign")
    run(binary, "install")
    # The double-click: what a GNOME file manager does, through xdg-open.
    # Not `run`: the app it starts would hold the captured output open.
    print(f"  $ xdg-open {file}", flush=True)
    opener = subprocess.run(["xdg-open", file], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, timeout=60,
                            env={**os.environ, "XDG_CURRENT_DESKTOP": "GNOME"})
    if opener.returncode != 0:
        raise Failed(f"xdg-open exited with {opener.returncode}")
    app = App(binary, [], pid=opened_by_desktop(binary))
    try:
        signed = app.wait_for_text("Signed by Ana Lopez")
        print(f"  the window says: {signed!r}", flush=True)
        app.wait_for('Opened from "kitchen.stepwise"')
        app.click("Reset the rice cooker")
        app.click("Walk me through it")
        app.wait_for("Hold the Start button")
        app.click("Done, next step")
        app.click("Yes, it opened")
        app.wait_for("The next screen is open")
        print("  walked the guide to its end by name", flush=True)
        app.wait_for("Home", "push button").queryAction().doAction(0)
        app.click("Add to my guides")
        app.wait_for("In your guides")
        print("  added to my guides", flush=True)
    finally:
        app.close()
    # Later, Stepwise started from the menu: the guide is still there.
    again = App(binary, [])
    try:
        again.wait_for("Your guides")
        again.wait_for("Kitchen help")
        line = again.wait_for_text("Signed by Ana Lopez")
        print(f"  after a restart: 'Kitchen help', {line!r}", flush=True)
        again.click('Open "Kitchen help"')
        again.wait_for("Reset the rice cooker")
        print("  opened from my guides", flush=True)
    finally:
        again.close()


def language_keys(app):
    """The language menu with the keyboard alone."""
    app.wait_for("What do you need help with?")
    app.press("Language: English", then="Deutsch")
    app.press("Deutsch", then="Wobei brauchen Sie Hilfe?")
    app.wait_for("Sprache: Deutsch")
    app.close()
    # STEPWISE_LANG chooses at every start, over the menu's choice, and the
    # menu says so.
    os.environ["STEPWISE_LANG"] = "es"
    forced = App(app.binary, app.args)
    try:
        forced.wait_for("¿Con qué necesitas ayuda?")
        forced.press("Idioma: Español", then="Lo elige STEPWISE_LANG: Español")
    finally:
        forced.close()


def hotel_in(lang):
    def scenario(app):
        hotel_keys(app, translator(lang))
    return scenario


SCENARIOS = {"hotel-keys": hotel_keys, "hotel-es": hotel_in("es"), "hotel-de": hotel_in("de"),
             "language-keys": language_keys,
             "text-grows": text_grows}
# Scenarios that start the app themselves.
ROUND_TRIPS = {"share": share}


def main(argv):
    if len(argv) < 2 or argv[1] not in {**SCENARIOS, **ROUND_TRIPS}:
        print(__doc__, file=sys.stderr)
        return 2
    binary, scenario, args = argv[0], argv[1], argv[2:]
    app = None
    try:
        if scenario in ROUND_TRIPS:
            ROUND_TRIPS[scenario](binary, args)
        else:
            locale = {"hotel-es": "es_ES.UTF-8", "hotel-de": "de_DE.UTF-8"}.get(scenario)
            if locale:
                # As a person whose system is in that language starts it.
                for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "STEPWISE_LANG"):
                    os.environ.pop(name, None)
                os.environ["LANG"] = locale
            app = App(binary, args)
            SCENARIOS[scenario](app)
    except Failed as why:
        print(f"e2e {scenario}: FAILED: {why}", file=sys.stderr)
        return 1
    finally:
        if app is not None:
            app.close()
    print(f"e2e {scenario}: passed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
