# The home screen, the reader's guides (the shelf), the card about an
# opened .stepwise file, and the notices of the window itself.

## The home screen

home-title = What do you need help with?
# The search box's hint when the pack gives none.
home-search-hint-default = Type what you need help with, in your own words
home-search-tip = Search the guides (Ctrl+F)
# The search box's name for screen readers.
home-search-name = Search guides
home-loading = Loading the guides…
home-problems-banner = This pack has { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}. The guides without problems still work.
home-problems-show = Show the problems
home-resume-heading = Continue where you left off
home-resume-button = Continue
# Where the saved walk stands: $step is "Step 3 of 7" or similar, $title the step's title.
home-resume-position = { $step }: { $title }
home-resume-at-end = At the end: { $title }
# A tag on a tile.
home-tile-broken = Has a problem
home-tile-done = Done
home-nothing-found = Nothing found. Try other words, such as "sign out", "TV" or "password".
home-results-count = { $count ->
    [one] { $count } result
   *[other] { $count } results
}, best first. Enter opens the first.
home-results-elsewhere = In your other guides
# Under a search result: the step it starts at and the words that matched.
home-result-context = Starts at: { $start }   ·   matched "{ $matched }"
# The same, for a result from another of the reader's packs, $pack.
home-result-context-from = In "{ $pack }"   ·   Starts at: { $start }   ·   matched "{ $matched }"

## The card about a .stepwise file that was opened

opened-refused-title = "{ $file }" cannot be opened
opened-refused-builtin-below = The guides built into Stepwise are below.
opened-from-library = From your guides
opened-from-file = Opened from "{ $file }"
opened-in-library = In your guides
opened-add = Add to my guides
opened-add-tip = Keep this guide on your home screen, even if you delete the file
# $key is a short key id such as "3F1A 9C02".
opened-signed = Signed by { $name } · key { $key }
opened-unsigned = Not signed: Stepwise cannot tell who made this guide or whether it was changed
opened-trust-first = The first guide from this author on this computer. Their key is remembered now, so a copy signed by someone else will be noticed.
opened-trust-known = Signed with the same key as before.
opened-trust-different = Careful: this guide was signed before by { $name } with key { $key }. This copy has another key. If its author did not tell you they changed keys, ask them before you follow it.

## The reader's guides (the shelf)

shelf-heading = Your guides
# Who made a pack, and the newest date its guides were checked ($date: "4 Dec 2026").
shelf-byline-checked = { $byline } · checked { $date }
shelf-byline-builtin = Built into Stepwise
shelf-byline-signed = Signed by { $name } (key { $key })
shelf-byline-unsigned = Not signed
shelf-warning-other-key = Signed with another key than the one { $name } used before
shelf-warning-unreadable = It cannot be opened any more: { $error }
shelf-remove-ask = Remove "{ $title }" from your guides? The file you first opened is not touched.
shelf-remove-yes = Remove
shelf-remove-keep = Keep
shelf-showing = Showing now
shelf-open = Open "{ $title }"
shelf-remove = Remove…
shelf-remove-tip = Take it off your home screen

## Adding and removing guides

library-key-not-remembered = The author's key could not be remembered: { $error }
library-added = "{ $title }" is in your guides now: it stays on the home screen, even if you delete the file.
library-add-failed = It could not be added to your guides: { $error }
library-removed = Removed from your guides.
library-remove-failed = It could not be removed: { $error }

## Notices of the window

app-cannot-start = This guide cannot start: { $error }.
app-step-cannot-open = That step cannot be opened: { $error }.
app-cannot-save = This guide cannot be saved: { $error }.
app-not-possible-here = That isn't possible here: { $why }.
app-walk-error = { $error }. See the problems in this pack.
app-solved = Well done. "{ $title }" is marked as done.
app-saved-place-dropped = Your saved place in a guide was dropped because { $why }. You can start it again.

## What a pack is called after "in", as in "3 errors in the built-in pack"
## (German: the dative, "in dem eingebauten Anleitungspaket")

app-source-builtin = the built-in pack
app-source-memory = a pack in memory
app-source-folder = the pack "{ $name }"
app-source-file = the file "{ $name }"

## Why a .stepwise file is refused (on the card about the opened file)

opened-error-not-a-pack = this is not a Stepwise guide file{ $detail }
opened-error-damaged = this guide file is damaged or incomplete (perhaps it was not fully downloaded): { $why }
opened-error-newer = this guide file was made by a newer version of Stepwise (format { $format }); please update Stepwise to open it
opened-error-refused = this guide file is refused: { $why }
opened-error-bad-entry = this guide file is refused: it holds { $what }
opened-error-changed-after-signing = this guide was changed after { $signer } signed it (key { $key }), so Stepwise will not open it: the steps may not be the ones they wrote. Ask them to send it again.
opened-error-bad-signature = this guide file's signature is unreadable ({ $why }), so Stepwise will not open it; ask its author to send it again
opened-error-changed-on-disk = the guide file changed on disk after it was opened; open it again
# Details after "this is not a Stepwise guide file": each starts with a space.
opened-not-a-pack-folder = {" "}(it is a folder, not a file)
opened-not-a-pack-first-entry = {" "}(a zip file, but not one Stepwise made: its first entry is not the marker)
opened-not-a-pack-no-marker = {" "}(it has no Stepwise marker)
opened-not-a-pack-too-short = {" "}(it is too short to be one)
opened-not-a-pack-not-zip = {" "}(it is not a zip file)
opened-not-a-pack-marker-not-text = {" "}(its marker is not text)
opened-not-a-pack-marker-wrong = {" "}(its first entry is not a Stepwise marker)
# Details after "damaged or incomplete".
opened-damaged-no-entry = it has no entry "{ $name }"
opened-damaged-size = "{ $name }" says it holds { $size } bytes but holds { $read }
opened-damaged-no-table = its table of contents is missing from the end
opened-damaged-unpack = "{ $name }" cannot be unpacked: { $error }
opened-damaged-no-format = its marker names no format
opened-damaged-format = its marker names format "{ $format }"
# Details after "this guide file is refused:" ($size, $limit: "3.2 MB").
opened-too-large-file = it is { $size }, more than the { $limit } a guide file may be
opened-too-many-entries = it holds { $count } entries, more than the { $limit } a guide file may hold
opened-too-large-entry = "{ $name }" unpacks to { $size }, more than the { $limit } allowed
opened-zip-bomb = "{ $name }" is packed more than { $ratio } times smaller than its content, as zip bombs are
opened-too-large-total = its entries unpack to more than { $limit }
opened-zip64 = it uses the zip64 layout, meant for files far larger than a guide
# Details after "this guide file is refused: it holds".
opened-entry-same-name = two entries with the same name
opened-entry-overlapping = entries that share their bytes (a trick used by zip bombs)
opened-entry-not-utf8 = an entry whose name is not UTF-8 text ("{ $name }")
opened-entry-link = a link ("{ $name }"); a pack holds plain files only
opened-entry-encrypted = an encrypted entry ("{ $name }")
opened-entry-twice = two entries named "{ $name }" (in upper or lower case), which would overwrite each other
opened-entry-outside = "{ $name }", which is outside data/ and assets/ (a pack holds nothing else)
opened-entry-name-too-long = an entry named "{ $name }", whose name is too long
opened-entry-name-control = an entry named "{ $name }", whose name holds control characters
opened-entry-name-empty-part = an entry named "{ $name }", with an empty or "." part
opened-entry-name-too-deep = an entry named "{ $name }", nested too deeply
opened-entry-outside-folder = an entry that would be written outside its folder: { $why }
opened-entry-unsupported = something Stepwise does not read ({ $why })
# Details after "signature is unreadable".
opened-signature-missing = the signature is missing
opened-public-key-missing = the author's public key is missing
opened-signature-not-text = the signature is not text
opened-public-key-not-text = the public key is not text
opened-public-key-bad = the public key: { $error }
opened-signature-bad = the signature: { $error }
