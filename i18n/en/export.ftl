# Saving a guide as a web page, printing it, saving one's steps: what the
# window says, and the words written into the saved pages.

## The banner in the window

export-busy-web-page = Saving the web page…
export-busy-print = Preparing the page to print…
export-busy-my-steps = Saving your steps…
export-open-folder = Open the folder
export-open-folder-tip = Show { $folder } in your file manager
export-dismiss = Dismiss
# $name is the file's name, $folder the folder it is in.
export-print-saved = “{ $name }” opens in your web browser: print it from there (Ctrl+P). It is kept in { $folder }.
export-my-steps-saved = Your steps are saved as “{ $name }” in { $folder }. Send this page to someone who can help.
export-web-page-saved = Saved “{ $name }” in { $folder }.
export-web-page-cancelled = The web page was not saved.
# (Sic: the window has always said "was" here; kept until the lead changes it.)
export-my-steps-cancelled = Your steps was not saved.
export-web-page-failed = The web page could not be saved: { $why }.
export-my-steps-failed = Your steps could not be saved: { $why }.
export-could-not-start = it could not start ({ $error })
export-worker-stopped = the worker stopped before it was done
# The file name suggested for "Save my steps" ($title: the guide's title).
export-my-steps-file-name = My steps - { $title }
# The desktop's save window.
export-save-window-title = Save the guide as a web page
export-save-window-filter = Web page

## The words written into a saved page ("Save as web page", "Print",
## "Save my steps", `stepwise export`): the reader of the page sees them.
## Markdown messages keep their `**`: the words between them are bold.

# The heading of a "Save my steps" page ($title: the guide's title).
export-my-steps-heading = My steps: { $title }
# The page's title in the browser's tab: the heading, then the pack's title.
export-page-title = { $heading } – { $pack }
# Under the heading of a whole guide. "go to" is how each step's ways say
# where to go next (export-way-next and the others below).
export-how-whole = Do the steps in order. Where a step says “go to”, jump to the step with that number; questions send you to the steps that fit your answer.
# Under the heading of a "Save my steps" page: the last step is marked with
# export-here-label.
export-how-path = These are the steps I took, in order, with the answer I gave at each. The last one, marked “I am here”, is where I am now.
# The same in Markdown: keep the ** around the words "I am here".
export-how-path-markdown = These are the steps I took, in order, with the answer I gave at each. The last one, marked **I am here**, is where I am now.
# Markdown: under the heading, in italics ($pack: the pack's title).
export-from-guides = From the guides “{ $pack }”
export-quick-answer = Quick answer
# The list of every step at the top of the page.
export-contents-all-steps = All steps
export-contents-my-steps = My steps
# A page holds several guides: each is a part ($number from 1, $title: the
# guide's title).
export-part = Part { $number }: { $title }
export-footer = Made with Stepwise. The pictures show what the screen should look like; yours may differ a little.
export-footer-from = Made with Stepwise, from the guides “{ $pack }”. The pictures show what the screen should look like; yours may differ a little.

# The small word above each entry's title.
export-kind-step = Step
export-kind-question = Question
export-kind-solved = Result: solved
export-kind-not-solved = Result: not solved here
export-kind-shared = Shared steps

# On a "Save my steps" page, the step the person is on now: the label
# (bold in Markdown), then the sentence after it.
export-here-label = I am here:
export-here-text = this is the step I am stuck on.
# Read out by screen readers for the list of checks under a step.
export-checks-label = Check that
# Above an ending's tips (Markdown adds a colon).
export-tips = Tips
# Above the list of the marks on a picture, in words.
export-marked-on-picture = Marked on the picture:
# $image: the picture's file; $why: what went wrong.
export-picture-missing = This picture could not be included: { $image }.
export-picture-missing-why = This picture could not be included: { $image }: { $why }.
# $alt: the guide's description of the picture.
export-picture-shows = It shows: { $alt }
export-picture-not-painted = the picture could not be painted
export-picture-not-encoded = the picture could not be encoded ({ $error })
export-picture-not-read = the picture was not read
# A link of a guide that is not https:// ($label: its words).
export-link-left-out = { $label } (this link was left out: only https:// addresses are kept)

## Where to go from a step. $answer is the words of an answer or button;
## $target is a step of the page ("9. Look under Settings"), a step that
## is not on the page (export-way-outside) or nowhere (export-way-broken);
## $then is where to go on once the shared steps are done.

export-way-next = When this is done, go to { $target }
export-way-next-back = When this is done, go back to the guide that sent you to these shared steps
export-way-next-shared = When this is done, go to { $target } (shared steps); when they are done, go on at { $then }
export-way-answer = If “{ $answer }”, go to { $target }
export-way-answer-back = If “{ $answer }”, go back to the guide that sent you to these shared steps
export-way-answer-shared = If “{ $answer }”, go to { $target } (shared steps); when they are done, go on at { $then }
export-way-not-solved = Not solved? Go to { $target }
export-way-not-solved-back = Not solved? Go back to the guide that sent you to these shared steps
export-way-not-solved-shared = Not solved? Go to { $target } (shared steps); when they are done, go on at { $then }
# A step that is not on the page ($title: its title).
export-way-outside = “{ $title }”
# A way that leads nowhere: the guide has a mistake ($why).
export-way-broken = nowhere: { $why }
export-way-too-deep = shared steps run inside each other too deep

## "Save my steps": what the person did at each step.

# Then one of the three below (bold in Markdown).
export-what-i-did = What I did:
export-did-next = I did this step and went on.
export-did-choose = I chose “{ $answer }”.
export-did-answer = I answered “{ $answer }”.
# The words of an ending's "no" answer, as the person pressed it.
export-not-solved-label = No, it didn't solve it
# Above the ways on from the step the person is on now (Markdown adds a colon).
export-choices-here = The choices here
