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
