# The reader's window: the top bar and notices, the walk (steps, questions,
# endings), the picture and its zoom view, help, about, the problems list,
# and the words that say a picture's marks to someone who cannot see it.

## The top bar and the notices under it.

chrome-light = Light
chrome-dark = Dark
# The text size buttons of the top bar: short, like a symbol.
chrome-text-bigger = A+
chrome-text-smaller = A−
chrome-dismiss = Dismiss
chrome-no-problems = No problems in this pack.
chrome-problem-count = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
} and { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}:
chrome-show-all = Show all
# The window's title while an author edits a pack folder.
chrome-title-editing = Stepwise: editing { $folder }

## What was remembered between runs could not be used.

saved-other-version = Your saved settings came from another version of Stepwise and were reset.
saved-unreadable = Your saved settings could not be read and were reset.
saved-set-aside = Your saved settings could not be read, so Stepwise started fresh. The old file was kept as { $file }.
saved-not-set-aside = Your saved settings could not be read and could not be moved aside ({ $error }); Stepwise started fresh.

## The picture of a step, and its zoom view.

picture-loading = Loading the picture…
# After the colon: why, in a few words.
picture-failed = This picture can't be shown: { $reason }.
    The instruction below still applies.
# What a screen reader hears, before the picture's description.
zoom-view-name = Zoomed picture. { $picture }
zoom-view-hint = Drag to move, scroll or + and - to zoom
zoom-view-close = Close (Esc)
zoom-view-fit = Fit
zoom-view-fit-tip = Show the whole picture (0)
zoom-view-in = Zoom in
zoom-view-in-tip = Zoom in (+)
zoom-view-out = Zoom out
zoom-view-out-tip = Zoom out (-)
zoom-view-percent = { $percent }%

## The walk: the checklist beside the steps.

walk-all-steps = All steps
# The date is a short date: 21 Nov 2026.
walk-checked = Checked { $date }
walk-stale-note = Menus change now and then, so your screens may look a little different. Look for the same words nearby, or press "{ cmd-stuck }".
walk-sources = Sources ({ $count })
walk-opens-link = Opens { $url } in your web browser
# A line of the checklist, as a screen reader says it.
walk-item-done = { $title }: done
walk-item-current = { $title }: current step
walk-item-ahead = { $title }: ahead
walk-take-away = Take this guide with you
# How many more steps the ways ahead take, after "Step 3 of 6 · ".
walk-left-last = last step
walk-left-about = about { $count } more { $count ->
    [one] step
   *[other] steps
}
walk-left-up-to = up to { $count } more { $count ->
    [one] step
   *[other] steps
}
walk-left-range = { $min } to { $max } more steps

# Where the reader stands, for Walk::step_label (src/guide/walk.rs): not
# used yet.
walk-step-of = Step { $step } of { $total }
walk-all-done = All { $count ->
    [one] 1 step
   *[other] { $count } steps
} done
walk-the-end = The end of the guide

## The walk: the quick answer, steps, questions and endings.

walk-step-gone = This step is no longer in the guide.
# What a screen reader says when the screen changes.
walk-announce-quick-answer = { $title }. Quick answer.
walk-announce-question = { $prompt } { $count ->
    [one] 1 answer
   *[other] { $count } answers
}
walk-quick-answer = Quick answer
walk-not-sure = Not sure where to press? The steps show you, one screen at a time.
walk-no-picture = No picture for this step: follow the instruction.
walk-picture-tip = Click to see it larger (Z)
# A screen reader's name for the "I don't see this" button, which shows
# the guide's own words for the step.
walk-stuck-name = { cmd-stuck }: { $label }
walk-press-keys = Or press 1 to { $last } on the keyboard.
walk-press-number = Press { $number }
walk-what-next = What to do next
walk-do-more = Want to do more?
walk-did-it-solve = Did this solve it?

## The keyboard help: keys that are not commands of their own.

help-title = Keyboard shortcuts
help-no-mouse = Everything in Stepwise works without a mouse.
help-tab-keys = Tab, Shift+Tab
help-tab = Move between buttons
help-arrow-keys = Arrow keys
help-arrow = Move between tiles, results and answers; in the zoom view, move the picture
help-press-keys = Space or Enter
help-press = Press the button that has the focus ring
help-fit-keys = 0
help-fit = In the zoom view and the map: fit the whole of it again
help-map-arrow-keys = On the map: arrow keys
help-map-arrow = Down: the first way on; Up: the way back; Left and Right: the other answers
help-map-go-keys = On the map: G
help-map-go = Go to the chosen point of the guide
help-map-list-keys = On the map: L
help-map-list = Show the map as a list, with every way on

## About these guides.

about-note = Each guide says what it was checked against and when. Screens change over time, so yours may look a little different from the pictures.
about-not-dated = Not dated

## The problems of a pack.

problems-title = Problems in this pack
# The source names the pack.
problems-summary = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
} and { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
} in { $source }. The guides without errors still work; the pack's author can fix the rest.
problems-error = Error
problems-warning = Warning
problems-place = line { $line }, column { $column }

## Words shared by the window and the exports.

text-may-differ = Your screen may look a little different here. Look for the same words nearby.
# A short date: the day and month are numbers, the year is text.
text-date-short = { $day } { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
} { $year }
text-checked = Checked { $date }.
# The sources are their titles, joined by "; ".
text-checked-against = Checked { $date } against: { $sources }.

## The marks on a picture, in words, for someone who cannot see it.
## The spot is one of nine places of the picture; the area says where a
## highlighted box is.

mark-arrow-words = An arrow points to { $spot ->
    [top-left] the top left of the picture
    [top-middle] the top middle of the picture
    [top-right] the top right of the picture
    [left-edge] the left edge of the picture
    [right-edge] the right edge of the picture
    [bottom-left] the bottom left of the picture
    [bottom-middle] the bottom middle of the picture
    [bottom-right] the bottom right of the picture
   *[middle] the middle of the picture
}
mark-arrow-to-press = An arrow points to the place to press
mark-circle-words = Circled: { $spot ->
    [top-left] the top left of the picture
    [top-middle] the top middle of the picture
    [top-right] the top right of the picture
    [left-edge] the left edge of the picture
    [right-edge] the right edge of the picture
    [bottom-left] the bottom left of the picture
    [bottom-middle] the bottom middle of the picture
    [bottom-right] the bottom right of the picture
   *[middle] the middle of the picture
}
mark-circle-to-press = Circled: the place to press
mark-highlight-words = Highlighted: the area { $area ->
    [most] covering most of the picture
    [across-middle] across the middle of the picture
    [down-middle] down the middle of the picture
    [along-top] along the top edge
    [along-bottom] along the bottom edge
    [along-left] along the left edge
    [along-right] along the right edge
    [at-top-left] at the top left of the picture
    [at-top-middle] at the top middle of the picture
    [at-top-right] at the top right of the picture
    [at-left-edge] at the left edge of the picture
    [at-right-edge] at the right edge of the picture
    [at-bottom-left] at the bottom left of the picture
    [at-bottom-middle] at the bottom middle of the picture
    [at-bottom-right] at the bottom right of the picture
   *[at-middle] at the middle of the picture
}
mark-highlight-to-press = Highlighted: the place to press
mark-callout-words = Number { $number }: { $label }
# What a screen reader hears for a numbered callout.
mark-callout-spoken = Callout { $number }: { $label }
# Where a mark is, in pixels, in the mark editor's list.
mark-arrow-position = Arrow from { $x1 }, { $y1 } to { $x2 }, { $y2 } px
mark-circle-position = Circle at { $x }, { $y }, radius { $radius } px
mark-highlight-position = Highlight at x { $x }, y { $y }, { $width } × { $height } px
mark-callout-position = Callout { $number } at { $x }, { $y } px: { $label }
mark-callout-no-label = no label yet
# How many marks a picture has: "2 highlights, 1 arrow".
mark-count-none = no marks
mark-count-highlight = { $count ->
    [one] 1 highlight
   *[other] { $count } highlights
}
mark-count-arrow = { $count ->
    [one] 1 arrow
   *[other] { $count } arrows
}
mark-count-callout = { $count ->
    [one] 1 callout
   *[other] { $count } callouts
}
mark-count-circle = { $count ->
    [one] 1 circle
   *[other] { $count } circles
}
