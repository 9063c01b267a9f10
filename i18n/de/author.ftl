# Die Übersicht einer Anleitung, der Markierungs-Editor und was `stepwise edit` sagt.

## Die Übersicht

map-title = Übersicht: { $title }
map-back = Zurück zum Schritt
map-back-tip = Zurück zu der Stelle, an der Sie in der Anleitung sind (Esc)
map-show-drawing = Als Zeichnung
map-show-drawing-tip = Die Übersicht als Zeichnung (L)
map-list-view = Als Liste
map-list-view-tip = Alle Punkte als Liste, mit ihren Wegen (L)
map-fit = Einpassen
map-fit-tip = Die ganze Anleitung zeigen (0)
map-zoom-in = Vergrößern
map-zoom-in-tip = Vergrößern (+)
map-zoom-out = Verkleinern
map-zoom-out-tip = Verkleinern (-)
map-you-are-here = Sie sind hier
map-legend-done = Erledigt
map-legend-ahead = Noch vor Ihnen
map-legend-off = Nicht auf Ihrem Weg
map-legend-dashed = Gestrichelte Linien führen zurück
map-problems-count = { $count ->
    [0] Keine Probleme an den Punkten dieser Anleitung
    [one] { $count } Problem an den Punkten dieser Anleitung
   *[other] { $count } Probleme an den Punkten dieser Anleitung
}
map-node-name-problems = { $name }, Probleme: { $problems }
map-canvas-name = Übersicht: { $title }, { $count ->
    [one] { $count } Punkt
   *[other] { $count } Punkte
}. Die Pfeiltasten folgen den Wegen; L zeigt sie als Liste.
map-canvas-name-here = Übersicht: { $title }, { $count ->
    [one] { $count } Punkt
   *[other] { $count } Punkte
}. Sie sind bei: { $here }. Die Pfeiltasten folgen den Wegen; L zeigt sie als Liste.
map-ways-on-description = Wege von hier: { $ways }
map-list-name = Alle Schritte von { $title }
map-go-here = Hierhin gehen
map-go-here-tip = Springt in Ihrem Durchgang zu diesem Punkt; Zurück bringt Sie wieder dorthin, wo Sie waren (G)
map-edit-node = Diesen Punkt bearbeiten
map-edit-node-tip = Im Editor öffnen
map-call-text = Diese Schritte sind einmal geschrieben und werden von mehreren Anleitungen genutzt. Sie laufen hier ab, danach geht diese Anleitung weiter.
map-return-text = Hier enden die gemeinsamen Schritte, und die Anleitung, die sie aufgerufen hat, geht weiter.
map-elsewhere-text = Dieser Weg geht in einer anderen Anleitung weiter. Mit „Hierhin gehen“ folgen Sie ihm.
map-ways-on = Wege von hier
map-ways-here = Wege hierher
map-way-from = Von { $kind }: { $title } ({ $answer })
map-problems-heading = Probleme

## Die Regel eines Problems in wenigen Worten, auf dem Abzeichen eines Punkts

map-badge-unreachable = Nie erreicht
map-badge-dead-end = Sackgasse
map-badge-no-way-out = Schleife ohne Ausweg
map-badge-missing-image = Bild fehlt
map-badge-unreadable-image = Bild nicht lesbar
map-badge-image-too-large = Bild zu groß
map-badge-mark-outside-image = Markierung außerhalb des Bildes
map-badge-dangling-reference = Führt nirgendwohin
map-badge-empty-text = Leerer Text
map-badge-unsafe-link = Unsicherer Link
map-badge-unsafe-path = Unsicherer Bildpfad
map-badge-duplicate-id = Doppelte ID
map-badge-no-next-move = Kein nächster Schritt
map-badge-syntax = Syntax
map-badge-file = Datei
map-badge-scenario-target = Szenario
map-badge-file-name = Dateiname
map-badge-stray-file = Überzählige Datei
map-badge-bad-date = Ungültiges Datum
map-badge-stale-guide = Länger nicht geprüft
map-badge-flow-never-returns = Ablauf kehrt nie zurück
map-badge-recursive-call = Abläufe rufen sich gegenseitig auf
map-badge-jump-into-flow = Springt in einen Ablauf
map-badge-return-without-call = Ablauf, den niemand nutzt
map-badge-outcome-loops-back = Führt im Kreis zurück
map-badge-label-covers-highlight = Hinweis verdeckt den Rahmen
map-badge-missing-translation = Nicht übersetzt
map-badge-stale-translation = Übersetzung veraltet

## Der Markierungs-Editor

editor-marks-on = Markierungen auf
editor-node-in-file = { $node } in { $file }
editor-tool-select = Auswählen
editor-tool-highlight = Hervorhebung
editor-tool-spotlight = Scheinwerfer
editor-tool-arrow = Pfeil
editor-tool-callout = Nummerierter Hinweis
editor-tool-circle = Kreis
editor-hint-select = Klicken Sie auf eine Markierung, um sie auszuwählen; ziehen Sie sie, um sie zu verschieben, oder ziehen Sie an ihren Ecken.
editor-hint-draw = Ziehen Sie über das Bild, um zu zeichnen.
editor-hint-callout = Klicken Sie dorthin, wo die Nummer hin soll.
editor-hint-circle = Ziehen Sie von der Mitte einer runden Taste bis zu ihrem Rand.
editor-mark-added = Hinzugefügt: { $tool }.
editor-mark-added-label = Hinzugefügt: { $tool }. Geben Sie den Text ein.
editor-canvas-name = Bild mit Markierungen: { $marks }. Werkzeug: { $tool }.
editor-reload-failed = Die Anleitung konnte nicht neu gelesen werden: { $error }.
editor-reloaded = Neu von der Festplatte gelesen; Ihre ungespeicherten Markierungen wurden verworfen.
editor-saved = Gespeichert in { $file }.
editor-nothing-to-save = Nichts zu speichern: Die Datei enthält das schon.
editor-not-saved = Nicht gespeichert: { $error }. Ihre Markierungen sind noch da.
editor-leave-unsaved = Ihre Markierungen sind nicht gespeichert: Speichern (Strg+S) behält sie; drücken Sie noch einmal Esc, um sie zu verwerfen.
editor-picture-failed = Dieses Bild kann nicht angezeigt werden, deshalb lassen sich seine Markierungen nicht zeichnen: { $why }.
editor-conflict = { $file } wurde auf der Festplatte geändert, seit Sie die Datei geöffnet haben. Deshalb wurde nichts gespeichert.
editor-conflict-gone = dieser Schritt oder sein Bild ist nicht mehr in der Datei auf der Festplatte
editor-conflict-disk = Auf der Festplatte: { $marks }
editor-conflict-yours = Ihre: { $marks }
editor-conflict-keep-mine = Meine Markierungen in die neue Datei übernehmen
editor-conflict-reload = Neu von der Festplatte lesen
editor-marks-heading = Markierungen
editor-picture-size = Bild: { $width } × { $height } px
editor-no-marks = Noch keine Markierungen. Wählen Sie Hervorhebung und ziehen Sie einen Rahmen um das Bedienelement, das gedrückt werden soll.
editor-click-to-select = Klicken Sie auf eine Markierung, um sie auszuwählen.
editor-nudge-hint = Die Pfeiltasten verschieben sie um ein Pixel, Umschalt+Pfeil um zehn.
editor-label = Text
editor-label-hint = Was dieser nummerierte Hinweis sagt
editor-label-name = Text des nummerierten Hinweises

## Was `stepwise edit` sagt

author-kept-last-good = Die Dateien enthalten einen Fehler. Deshalb sehen Sie das Paket so, wie es vor dem Speichern war. Beheben Sie, was die Leiste unten nennt, dann aktualisiert es sich von selbst.
author-open-failed = „{ $target }“ konnte nicht geöffnet werden: { $why }.
author-picture-loading = Das Bild wird noch geladen. Versuchen Sie „Markierungen bearbeiten“ gleich noch einmal.
author-guide-file-unopened = Die Anleitungsdatei konnte nicht geöffnet werden: { $error }.
author-no-live-reload = Änderungen an den Dateien erscheinen nicht von selbst ({ $error }). Speichern Sie im Markierungs-Editor oder starten Sie neu, um sie zu sehen.
author-picture-not-added = { $name } wurde nicht hinzugefügt: { $why }.
author-pasted-not-added = Das eingefügte Bild wurde nicht hinzugefügt: { $why }.
author-open-guide-first = Öffnen Sie zuerst eine Anleitung: Der neue Schritt kommt nach dem Schritt, bei dem Sie gerade sind.
author-picture-not-png = { $name } wurde nicht hinzugefügt: Nur PNG- und JPEG-Bilder können Schritte werden.
author-picture-not-copied = Das Bild konnte nicht nach assets/ kopiert werden: { $error }.
author-new-step-title = Neuer Schritt
author-new-step-text = Sagen Sie in einem Satz, was auf diesem Bildschirm zu drücken ist.
author-new-step-alt = Ein Bildschirmfoto: Sagen Sie, was es zeigt.
author-step-added = Der Schritt „{ $id }“ wurde zu { $file } hinzugefügt. Ziehen Sie einen Rahmen um das Bedienelement, das gedrückt werden soll, und speichern Sie dann.
author-changed-on-disk = Die Anleitung wurde gerade auf der Festplatte geändert. Versuchen Sie es noch einmal.
author-step-not-added = Der Schritt konnte nicht hinzugefügt werden: { $error }.
author-picture-too-large = die Datei hat { $size } Bytes; ein Bild darf höchstens { $limit } Bytes haben
author-picture-size-mismatch = Größe und Pixel des Bildes passen nicht zusammen

## Die Wörter der Übersicht für Schritte und wo sie stehen.
map-kind-step = Schritt
map-kind-question = Frage
map-kind-outcome = Ergebnis
map-kind-elsewhere = Andere Anleitung
map-kind-flow = Schritte aus einer anderen Anleitung
map-kind-return = Ende der gemeinsamen Schritte
map-state-done = erledigt
map-state-current = Sie sind hier
map-state-ahead = kommt noch
map-state-off = nicht auf Ihrem Weg
map-node-name = { $kind }: { $title }, { $state }
map-way-on = { $answer }: { $kind }: { $title }
map-shared-steps = Gemeinsame Schritte: { $flow }
map-return-title = Zurück zur Anleitung, die diese Schritte geöffnet hat
map-exit-not-solved = Nicht gelöst
map-exit-next = Weiter
