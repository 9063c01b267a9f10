# The map of a guide, the mark editor and what `stepwise edit` says.

## The map

map-title = Map of { $title }
map-back = Back to the step
map-back-tip = Back to where you are in the guide (Esc)
map-show-drawing = Show the drawing
map-show-drawing-tip = The map as a drawing (L)
map-list-view = List view
map-list-view-tip = Every node as a list, with its ways on (L)
map-fit = Fit
map-fit-tip = Show the whole guide (0)
map-zoom-in = Zoom in
map-zoom-in-tip = Zoom in (+)
map-zoom-out = Zoom out
map-zoom-out-tip = Zoom out (-)
# The legend, and the pill over the reader's own node.
map-you-are-here = You are here
map-legend-done = Done
map-legend-ahead = Ahead
map-legend-off = Not on your path
map-legend-dashed = Dashed lines lead back
# Authoring mode: how many problems the nodes of this guide have.
map-problems-count = { $count ->
    [0] No problems on this guide's nodes
    [one] { $count } problem on this guide's nodes
   *[other] { $count } problems on this guide's nodes
}
# What a screen reader says for a node with problems: $name is the node's
# own name, $problems the badges' words joined by commas.
map-node-name-problems = { $name }, problems: { $problems }
# The drawing's name for screen readers.
map-canvas-name = Map of { $title }: { $count ->
    [one] { $count } node
   *[other] { $count } nodes
}. Arrow keys follow the ways on; L lists them.
map-canvas-name-here = Map of { $title }: { $count ->
    [one] { $count } node
   *[other] { $count } nodes
}. You are at: { $here }. Arrow keys follow the ways on; L lists them.
# A node's description for screen readers: its ways on, joined by "; ".
map-ways-on-description = Ways on: { $ways }
# The list view's name for screen readers.
map-list-name = Every step of { $title }
map-go-here = Go here
map-go-here-tip = Move your walk to this point; Back returns to where you were (G)
map-edit-node = Edit this node
map-edit-node-tip = Open it in the editor
map-call-text = These steps are written once and shared by several guides. They run here, then this guide goes on.
map-return-text = Here the shared steps end, and the guide that ran them goes on.
map-elsewhere-text = This way goes on in another guide. Go here to follow it.
map-ways-on = Ways on
map-ways-here = Ways here
# A way into the chosen node: $kind is "Step", "Question"...; $answer the answer that leads here.
map-way-from = From { $kind }: { $title } ({ $answer })
map-problems-heading = Problems

## A problem's rule in a few words, on a node's badge

map-badge-unreachable = Never reached
map-badge-dead-end = Dead end
map-badge-no-way-out = Loop with no way out
map-badge-missing-image = Missing picture
map-badge-unreadable-image = Picture can't be read
map-badge-image-too-large = Picture too large
map-badge-mark-outside-image = Mark off the picture
map-badge-dangling-reference = Leads nowhere
map-badge-empty-text = Empty text
map-badge-unsafe-link = Unsafe link
map-badge-unsafe-path = Unsafe picture path
map-badge-duplicate-id = Repeated id
map-badge-no-next-move = No next move
map-badge-syntax = Syntax
map-badge-file = File
map-badge-scenario-target = Scenario
map-badge-file-name = File name
map-badge-stray-file = Stray file
map-badge-bad-date = Bad date
map-badge-stale-guide = Not checked lately
map-badge-flow-never-returns = Flow never returns
map-badge-recursive-call = Flows call each other
map-badge-jump-into-flow = Jumps into a flow
map-badge-return-without-call = Flow nobody runs
map-badge-outcome-loops-back = Leads back round
map-badge-label-covers-highlight = Label hides the box
map-badge-missing-translation = Not translated
map-badge-stale-translation = Translation out of date

## The mark editor

editor-marks-on = Marks on
# Under the heading: the node's id in the guide file's name.
editor-node-in-file = { $node } in { $file }
editor-tool-select = Select
editor-tool-highlight = Highlight
editor-tool-spotlight = Spotlight
editor-tool-arrow = Arrow
editor-tool-callout = Callout
editor-tool-circle = Circle
editor-hint-select = Click a mark to select it; drag it to move it, or drag its corners.
editor-hint-draw = Drag across the picture to draw.
editor-hint-callout = Click where the numbered badge goes.
editor-hint-circle = Drag from the middle of a round button out to its edge.
# $tool is the name of a tool above ("Highlight").
editor-mark-added = { $tool } added.
editor-mark-added-label = { $tool } added: type its label.
# The picture's name for screen readers: $marks is how many marks, in words.
editor-canvas-name = Picture being marked: { $marks }. Tool: { $tool }.
editor-reload-failed = Could not read the guide again: { $error }.
editor-reloaded = Reloaded from disk; your unsaved marks were dropped.
editor-saved = Saved into { $file }.
editor-nothing-to-save = Nothing to save: the file already says this.
editor-not-saved = Not saved: { $error }. Your marks are still here.
editor-leave-unsaved = Your marks are not saved: Save (Ctrl+S) keeps them; press Esc again to leave them.
editor-picture-failed = This picture can't be shown, so its marks can't be drawn: { $why }.
editor-conflict = { $file } changed on disk since you opened it, so nothing was saved.
editor-conflict-gone = this step or its picture is not in the file on disk any more
editor-conflict-disk = On disk: { $marks }
editor-conflict-yours = Yours: { $marks }
editor-conflict-keep-mine = Put my marks into the new file
editor-conflict-reload = Reload from disk
editor-marks-heading = Marks
editor-picture-size = Picture: { $width } × { $height } px
editor-no-marks = No marks yet. Pick Highlight and drag a box around the control to press.
editor-click-to-select = Click a mark to select it.
editor-nudge-hint = Arrow keys move it by a pixel, Shift+arrow by ten.
editor-label = Label
editor-label-hint = What this callout says
editor-label-name = Callout label

## What `stepwise edit` says

author-kept-last-good = The files have a mistake, so this is the pack as it was before that save. Fix what the bar at the bottom names and it updates by itself.
author-open-failed = Could not open "{ $target }": { $why }.
author-picture-loading = The picture is still loading; try Edit marks again in a moment.
author-guide-file-unopened = The guide file could not be opened: { $error }.
author-no-live-reload = Changes to the files will not show by themselves ({ $error }); save in the mark editor or restart to see them.
author-picture-not-added = { $name } was not added: { $why }.
author-pasted-not-added = The pasted picture was not added: { $why }.
author-open-guide-first = Open a guide first: the new step goes after the step you are on.
author-picture-not-png = { $name } was not added: only PNG and JPEG pictures can be steps.
author-picture-not-copied = The picture could not be copied into assets/: { $error }.
# What a new step from a dropped picture says until its author writes it.
author-new-step-title = New step
author-new-step-text = Say in one sentence what to press on this screen.
author-new-step-alt = A screenshot: say what it shows.
author-step-added = Added the step "{ $id }" to { $file }. Draw a box around the control to press, then Save.
author-changed-on-disk = The guide changed on disk just now; try again.
author-step-not-added = The step could not be added: { $error }.
author-picture-too-large = it is { $size } bytes; a picture may be at most { $limit } bytes
author-picture-size-mismatch = the picture's size and pixels disagree

## The map's words for nodes and where they stand (what a screen reader
## hears: "Step: Choose Get Help, done").
map-kind-step = Step
map-kind-question = Question
map-kind-outcome = Outcome
map-kind-elsewhere = Another guide
map-kind-flow = A flow from another guide
map-kind-return = End of shared steps
map-state-done = done
map-state-current = current
map-state-ahead = ahead
map-state-off = not on your path
map-node-name = { $kind }: { $title }, { $state }
map-way-on = { $answer }: { $kind }: { $title }
map-shared-steps = Shared steps: { $flow }
map-return-title = Back to the guide that ran these steps
map-exit-not-solved = Not solved
map-exit-next = Next
