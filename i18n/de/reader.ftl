# The reader's window: the top bar and notices, the walk (steps, questions,
# endings), the picture and its zoom view, help, about, the problems list,
# and the words that say a picture's marks to someone who cannot see it.

## The top bar and the notices under it.

chrome-light = Hell
chrome-dark = Dunkel
# The text size buttons of the top bar: short, like a symbol.
chrome-text-bigger = A+
chrome-text-smaller = A−
chrome-dismiss = Ausblenden
chrome-no-problems = Keine Probleme in diesem Paket.
chrome-problem-count = { $errors ->
    [one] 1 Fehler
   *[other] { $errors } Fehler
} und { $warnings ->
    [one] 1 Warnung
   *[other] { $warnings } Warnungen
}:
chrome-show-all = Alle zeigen
# The window's title while an author edits a pack folder.
chrome-title-editing = Stepwise: { $folder } wird bearbeitet

## What was remembered between runs could not be used.

saved-other-version = Ihre gespeicherten Einstellungen stammen aus einer anderen Version von Stepwise und wurden zurückgesetzt.
saved-unreadable = Ihre gespeicherten Einstellungen ließen sich nicht lesen und wurden zurückgesetzt.
saved-set-aside = Ihre gespeicherten Einstellungen ließen sich nicht lesen, daher hat Stepwise neu begonnen. Die alte Datei wurde als { $file } aufbewahrt.
saved-not-set-aside = Ihre gespeicherten Einstellungen ließen sich weder lesen noch beiseitelegen ({ $error }); Stepwise hat neu begonnen.

## The picture of a step, and its zoom view.

picture-loading = Das Bild wird geladen…
# After the colon: why, in a few words.
picture-failed = Dieses Bild kann nicht gezeigt werden: { $reason }.
    Die Anleitung darunter gilt trotzdem.
# What a screen reader hears, before the picture's description.
zoom-view-name = Vergrößertes Bild. { $picture }
zoom-view-hint = Zum Verschieben ziehen; mit dem Mausrad oder + und - vergrößern
zoom-view-close = Schließen (Esc)
zoom-view-fit = Ganzes Bild
zoom-view-fit-tip = Das ganze Bild zeigen (0)
zoom-view-in = Vergrößern
zoom-view-in-tip = Vergrößern (+)
zoom-view-out = Verkleinern
zoom-view-out-tip = Verkleinern (-)
zoom-view-percent = { $percent } %

## The walk: the checklist beside the steps.

walk-all-steps = Alle Schritte
# The date is a short date: 21. Nov. 2026.
walk-checked = Geprüft am { $date }
walk-stale-note = Menüs ändern sich ab und zu, daher sehen Ihre Bildschirme vielleicht etwas anders aus. Suchen Sie in der Nähe nach denselben Wörtern oder drücken Sie „{ cmd-stuck }“.
walk-sources = Quellen ({ $count })
walk-opens-link = Öffnet { $url } im Webbrowser
# A line of the checklist, as a screen reader says it.
walk-item-done = { $title }: erledigt
walk-item-current = { $title }: aktueller Schritt
walk-item-ahead = { $title }: kommt noch
walk-take-away = Diese Anleitung mitnehmen
# How many more steps the ways ahead take, after "Schritt 3 von 6 · ".
walk-left-last = letzter Schritt
walk-left-about = { $count ->
    [one] noch etwa 1 Schritt
   *[other] noch etwa { $count } Schritte
}
walk-left-up-to = { $count ->
    [one] noch bis zu 1 Schritt
   *[other] noch bis zu { $count } Schritte
}
walk-left-range = noch { $min } bis { $max } Schritte

# Where the reader stands, for Walk::step_label (src/guide/walk.rs): not
# used yet.
walk-step-of = Schritt { $step } von { $total }
walk-all-done = { $count ->
    [one] 1 Schritt erledigt
   *[other] Alle { $count } Schritte erledigt
}
walk-the-end = Das Ende der Anleitung

## The walk: the quick answer, steps, questions and endings.

walk-step-gone = Diesen Schritt gibt es in der Anleitung nicht mehr.
# What a screen reader says when the screen changes.
walk-announce-quick-answer = { $title }. Kurz gesagt.
walk-announce-question = { $prompt } { $count ->
    [one] 1 Antwort
   *[other] { $count } Antworten
}
walk-quick-answer = Kurz gesagt
walk-not-sure = Sie wissen nicht, wo Sie drücken sollen? Die Schritte zeigen es Ihnen, einen Bildschirm nach dem anderen.
walk-no-picture = Zu diesem Schritt gibt es kein Bild: Folgen Sie einfach der Anleitung.
walk-picture-tip = Klicken, um es größer zu sehen (Z)
# A screen reader's name for the "I don't see this" button, which shows
# the guide's own words for the step.
walk-stuck-name = { cmd-stuck }: { $label }
walk-press-keys = Oder drücken Sie 1 bis { $last } auf der Tastatur.
walk-press-number = { $number } drücken
walk-what-next = Was Sie jetzt tun können
walk-do-more = Möchten Sie noch mehr tun?
walk-did-it-solve = Ist das Problem damit gelöst?

## The keyboard help: keys that are not commands of their own.

help-title = Tastenkürzel
help-no-mouse = In Stepwise geht alles auch ohne Maus.
help-tab-keys = Tab, Umschalt+Tab
help-tab = Zwischen den Schaltflächen wechseln
help-arrow-keys = Pfeiltasten
help-arrow = Zwischen Kacheln, Ergebnissen und Antworten wechseln; in der Vergrößerung das Bild verschieben
help-press-keys = Leertaste oder Eingabetaste
help-press = Die Schaltfläche mit dem Fokusrahmen drücken
help-fit-keys = 0
help-fit = In der Vergrößerung und in der Übersicht: wieder alles zeigen
help-map-arrow-keys = In der Übersicht: Pfeiltasten
help-map-arrow = Nach unten: der erste Weg weiter; nach oben: der Weg zurück; links und rechts: die anderen Antworten
help-map-go-keys = In der Übersicht: G
help-map-go = Zum gewählten Punkt der Anleitung gehen
help-map-list-keys = In der Übersicht: L
help-map-list = Die Übersicht als Liste zeigen, mit allen Wegen

## About these guides.

about-note = Jede Anleitung sagt, womit und wann sie geprüft wurde. Bildschirme ändern sich mit der Zeit, daher sieht Ihrer vielleicht etwas anders aus als auf den Bildern.
about-not-dated = Ohne Datum

## The problems of a pack.

problems-title = Probleme in diesem Paket
# The source names the pack.
problems-summary = { $errors ->
    [one] 1 Fehler
   *[other] { $errors } Fehler
} und { $warnings ->
    [one] 1 Warnung
   *[other] { $warnings } Warnungen
} in { $source }. Die Anleitungen ohne Fehler funktionieren weiter; den Rest kann der Autor des Pakets beheben.
problems-error = Fehler
problems-warning = Warnung
problems-place = Zeile { $line }, Spalte { $column }

## Words shared by the window and the exports.

text-may-differ = Ihr Bildschirm sieht hier vielleicht etwas anders aus. Suchen Sie in der Nähe nach denselben Wörtern.
# A short date: the day and month are numbers, the year is text.
text-date-short = { $day }. { $month ->
    [1] Jan.
    [2] Feb.
    [3] März
    [4] Apr.
    [5] Mai
    [6] Juni
    [7] Juli
    [8] Aug.
    [9] Sept.
    [10] Okt.
    [11] Nov.
   *[12] Dez.
} { $year }
text-checked = Geprüft am { $date }.
# The sources are their titles, joined by "; ".
text-checked-against = Geprüft am { $date } anhand von: { $sources }.

## The marks on a picture, in words, for someone who cannot see it.
## The spot is one of nine places of the picture; the area says where a
## highlighted box is.

mark-arrow-words = Ein Pfeil zeigt auf { $spot ->
    [top-left] die Stelle oben links im Bild
    [top-middle] die Stelle oben in der Mitte des Bildes
    [top-right] die Stelle oben rechts im Bild
    [left-edge] den linken Rand des Bildes
    [right-edge] den rechten Rand des Bildes
    [bottom-left] die Stelle unten links im Bild
    [bottom-middle] die Stelle unten in der Mitte des Bildes
    [bottom-right] die Stelle unten rechts im Bild
   *[middle] die Mitte des Bildes
}
mark-arrow-to-press = Ein Pfeil zeigt auf die Stelle, die Sie drücken sollen
mark-circle-words = Eingekreist: { $spot ->
    [top-left] die Stelle oben links im Bild
    [top-middle] die Stelle oben in der Mitte des Bildes
    [top-right] die Stelle oben rechts im Bild
    [left-edge] der linke Rand des Bildes
    [right-edge] der rechte Rand des Bildes
    [bottom-left] die Stelle unten links im Bild
    [bottom-middle] die Stelle unten in der Mitte des Bildes
    [bottom-right] die Stelle unten rechts im Bild
   *[middle] die Mitte des Bildes
}
mark-circle-to-press = Eingekreist: die Stelle, die Sie drücken sollen
mark-highlight-words = Hervorgehoben: { $area ->
    [most] fast das ganze Bild
    [across-middle] ein Streifen quer durch die Mitte des Bildes
    [down-middle] ein Streifen senkrecht durch die Mitte des Bildes
    [along-top] ein Streifen am oberen Rand
    [along-bottom] ein Streifen am unteren Rand
    [along-left] ein Streifen am linken Rand
    [along-right] ein Streifen am rechten Rand
    [at-top-left] der Bereich oben links im Bild
    [at-top-middle] der Bereich oben in der Mitte des Bildes
    [at-top-right] der Bereich oben rechts im Bild
    [at-left-edge] der Bereich am linken Rand des Bildes
    [at-right-edge] der Bereich am rechten Rand des Bildes
    [at-bottom-left] der Bereich unten links im Bild
    [at-bottom-middle] der Bereich unten in der Mitte des Bildes
    [at-bottom-right] der Bereich unten rechts im Bild
   *[at-middle] der Bereich in der Mitte des Bildes
}
mark-highlight-to-press = Hervorgehoben: die Stelle, die Sie drücken sollen
mark-callout-words = Nummer { $number }: { $label }
# What a screen reader hears for a numbered callout.
mark-callout-spoken = Hinweis { $number }: { $label }
# Where a mark is, in pixels, in the mark editor's list.
mark-arrow-position = Pfeil von { $x1 }, { $y1 } nach { $x2 }, { $y2 } px
mark-circle-position = Kreis bei { $x }, { $y }, Radius { $radius } px
mark-highlight-position = Hervorhebung bei x { $x }, y { $y }, { $width } × { $height } px
mark-callout-position = Hinweis { $number } bei { $x }, { $y } px: { $label }
mark-callout-no-label = noch ohne Text
# How many marks a picture has: "2 Hervorhebungen, 1 Pfeil".
mark-count-none = keine Markierungen
mark-count-highlight = { $count ->
    [one] 1 Hervorhebung
   *[other] { $count } Hervorhebungen
}
mark-count-arrow = { $count ->
    [one] 1 Pfeil
   *[other] { $count } Pfeile
}
mark-count-callout = { $count ->
    [one] 1 nummerierter Hinweis
   *[other] { $count } nummerierte Hinweise
}
mark-count-circle = { $count ->
    [one] 1 Kreis
   *[other] { $count } Kreise
}
