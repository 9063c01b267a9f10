# Der Startbildschirm, Ihre Anleitungen, die Karte zu einer geöffneten
# .stepwise-Datei und die Hinweise des Fensters selbst.

## Der Startbildschirm

home-title = Wobei brauchen Sie Hilfe?
home-search-hint-default = Schreiben Sie in eigenen Worten, wobei Sie Hilfe brauchen
home-search-tip = In den Anleitungen suchen (Strg+F)
home-search-name = Anleitungen durchsuchen
home-loading = Die Anleitungen werden geladen…
home-problems-banner = Dieses Anleitungspaket hat { $count ->
    [one] { $count } Problem
   *[other] { $count } Probleme
}. Die Anleitungen ohne Probleme funktionieren trotzdem.
home-problems-show = Probleme anzeigen
home-resume-heading = Weitermachen, wo Sie aufgehört haben
home-resume-button = Weiter
home-resume-position = { $step }: { $title }
home-resume-at-end = Am Ende: { $title }
home-tile-broken = Hat ein Problem
home-tile-done = Erledigt
home-nothing-found = Nichts gefunden. Versuchen Sie andere Wörter, zum Beispiel „abmelden“, „Fernseher“ oder „Passwort“.
home-results-count = { $count ->
    [one] { $count } Ergebnis
   *[other] { $count } Ergebnisse
}, die besten zuerst. Die Eingabetaste öffnet das erste.
home-results-elsewhere = In Ihren anderen Anleitungen
home-result-context = Beginnt bei: { $start }   ·   gefunden: „{ $matched }“
home-result-context-from = In „{ $pack }“   ·   Beginnt bei: { $start }   ·   gefunden: „{ $matched }“

## Die Karte zu einer geöffneten .stepwise-Datei

opened-refused-title = „{ $file }“ lässt sich nicht öffnen
opened-refused-builtin-below = Darunter finden Sie die Anleitungen, die in Stepwise eingebaut sind.
opened-from-library = Aus Ihren Anleitungen
opened-from-file = Geöffnet aus „{ $file }“
opened-in-library = In Ihren Anleitungen
opened-add = Zu meinen Anleitungen
opened-add-tip = Die Anleitung bleibt auf Ihrem Startbildschirm, auch wenn Sie die Datei löschen
opened-signed = Signiert von { $name } · Schlüssel { $key }
opened-unsigned = Nicht signiert: Stepwise kann nicht erkennen, wer diese Anleitung gemacht hat oder ob sie verändert wurde
opened-trust-first = Die erste Anleitung von dieser Person auf diesem Computer. Ihr Schlüssel ist jetzt gespeichert. So fällt es auf, wenn jemand anderes eine Kopie signiert.
opened-trust-known = Mit demselben Schlüssel signiert wie zuvor.
opened-trust-different = Vorsicht: Diese Anleitung wurde zuvor von { $name } mit dem Schlüssel { $key } signiert. Diese Kopie hat einen anderen Schlüssel. Wenn man Ihnen nicht gesagt hat, dass der Schlüssel gewechselt wurde, fragen Sie nach, bevor Sie der Anleitung folgen.

## Ihre Anleitungen

shelf-heading = Ihre Anleitungen
shelf-byline-checked = { $byline } · geprüft: { $date }
shelf-byline-builtin = In Stepwise eingebaut
shelf-byline-signed = Signiert von { $name } (Schlüssel { $key })
shelf-byline-unsigned = Nicht signiert
shelf-warning-other-key = Mit einem anderen Schlüssel signiert als dem, den { $name } bisher benutzt hat
shelf-warning-unreadable = Lässt sich nicht mehr öffnen: { $error }
shelf-remove-ask = „{ $title }“ aus Ihren Anleitungen entfernen? Die Datei, die Sie ursprünglich geöffnet haben, bleibt unverändert.
shelf-remove-yes = Entfernen
shelf-remove-keep = Behalten
shelf-showing = Wird angezeigt
shelf-open = „{ $title }“ öffnen
shelf-remove = Entfernen…
shelf-remove-tip = Vom Startbildschirm nehmen

## Anleitungen hinzufügen und entfernen

library-key-not-remembered = Der Autorenschlüssel konnte nicht gespeichert werden: { $error }
library-added = „{ $title }“ ist jetzt in Ihren Anleitungen: Sie bleibt auf dem Startbildschirm, auch wenn Sie die Datei löschen.
library-add-failed = Konnte nicht zu Ihren Anleitungen hinzugefügt werden: { $error }
library-removed = Aus Ihren Anleitungen entfernt.
library-remove-failed = Konnte nicht entfernt werden: { $error }

## Hinweise des Fensters

app-cannot-start = Diese Anleitung kann nicht starten: { $error }.
app-step-cannot-open = Dieser Schritt lässt sich nicht öffnen: { $error }.
app-cannot-save = Diese Anleitung lässt sich nicht speichern: { $error }.
app-not-possible-here = Das geht hier nicht: { $why }.
app-walk-error = { $error }. Sehen Sie sich die Probleme in diesem Anleitungspaket an.
app-solved = Gut gemacht. „{ $title }“ ist als erledigt markiert.
app-saved-place-dropped = Ihre gespeicherte Stelle in einer Anleitung wurde verworfen ({ $why }). Sie können die Anleitung neu beginnen.

## Wie ein Paket in Sätzen wie „3 Fehler in dem eingebauten Anleitungspaket“ heißt (steht nach „in“, also im Dativ)

app-source-builtin = dem eingebauten Anleitungspaket
app-source-memory = einem Anleitungspaket im Speicher
app-source-folder = dem Anleitungspaket „{ $name }“
app-source-file = der Datei „{ $name }“

## Warum eine .stepwise-Datei abgelehnt wird (auf der Karte zur geöffneten Datei)

opened-error-not-a-pack = das ist keine Anleitungsdatei von Stepwise{ $detail }
opened-error-damaged = diese Anleitungsdatei ist beschädigt oder unvollständig (vielleicht wurde sie nicht ganz heruntergeladen): { $why }
opened-error-newer = diese Anleitungsdatei stammt von einer neueren Version von Stepwise (Format { $format }); bitte aktualisieren Sie Stepwise, um sie zu öffnen
opened-error-refused = diese Anleitungsdatei wird abgelehnt: { $why }
opened-error-bad-entry = diese Anleitungsdatei wird abgelehnt: sie enthält { $what }
opened-error-changed-after-signing = diese Anleitung wurde verändert, nachdem { $signer } sie signiert hat (Schlüssel { $key }). Deshalb öffnet Stepwise sie nicht: Die Schritte sind vielleicht nicht die, die dort geschrieben wurden. Bitten Sie darum, sie noch einmal zu schicken.
opened-error-bad-signature = die Signatur dieser Anleitungsdatei ist nicht lesbar ({ $why }), deshalb öffnet Stepwise sie nicht; bitten Sie die Person, von der sie stammt, sie noch einmal zu schicken
opened-error-changed-on-disk = die Anleitungsdatei wurde nach dem Öffnen auf der Festplatte geändert; öffnen Sie sie noch einmal
# Details nach „das ist keine Anleitungsdatei von Stepwise“: Jedes beginnt mit einem Leerzeichen.
opened-not-a-pack-folder = {" "}(es ist ein Ordner, keine Datei)
opened-not-a-pack-first-entry = {" "}(eine ZIP-Datei, aber nicht von Stepwise: ihr erster Eintrag ist nicht die Kennung)
opened-not-a-pack-no-marker = {" "}(ihr fehlt die Kennung von Stepwise)
opened-not-a-pack-too-short = {" "}(sie ist dafür zu kurz)
opened-not-a-pack-not-zip = {" "}(es ist keine ZIP-Datei)
opened-not-a-pack-marker-not-text = {" "}(ihre Kennung ist kein Text)
opened-not-a-pack-marker-wrong = {" "}(ihr erster Eintrag ist keine Kennung von Stepwise)
opened-damaged-no-entry = der Eintrag „{ $name }“ fehlt
opened-damaged-size = „{ $name }“ soll { $size } Bytes enthalten, enthält aber { $read }
opened-damaged-no-table = das Inhaltsverzeichnis am Ende fehlt
opened-damaged-unpack = „{ $name }“ lässt sich nicht entpacken: { $error }
opened-damaged-no-format = ihre Kennung nennt kein Format
opened-damaged-format = ihre Kennung nennt das Format „{ $format }“
opened-too-large-file = sie ist { $size } groß, mehr als die { $limit }, die eine Anleitungsdatei haben darf
opened-too-many-entries = sie enthält { $count } Einträge, mehr als die { $limit }, die eine Anleitungsdatei haben darf
opened-too-large-entry = „{ $name }“ wird entpackt { $size } groß, mehr als die erlaubten { $limit }
opened-zip-bomb = „{ $name }“ ist mehr als { $ratio }-fach kleiner gepackt als sein Inhalt, wie bei ZIP-Bomben
opened-too-large-total = ihre Einträge werden entpackt größer als { $limit }
opened-zip64 = sie nutzt das ZIP64-Format, das für viel größere Dateien als eine Anleitung gedacht ist
opened-entry-same-name = zwei Einträge mit demselben Namen
opened-entry-overlapping = Einträge, die sich ihre Bytes teilen (ein Trick von ZIP-Bomben)
opened-entry-not-utf8 = einen Eintrag, dessen Name kein UTF-8-Text ist („{ $name }“)
opened-entry-link = eine Verknüpfung („{ $name }“); ein Anleitungspaket enthält nur normale Dateien
opened-entry-encrypted = einen verschlüsselten Eintrag („{ $name }“)
opened-entry-twice = zwei Einträge namens „{ $name }“ (in Groß- oder Kleinschreibung), die sich gegenseitig überschreiben würden
opened-entry-outside = „{ $name }“, das außerhalb von data/ und assets/ liegt (ein Anleitungspaket enthält nichts anderes)
opened-entry-name-too-long = einen Eintrag namens „{ $name }“, dessen Name zu lang ist
opened-entry-name-control = einen Eintrag namens „{ $name }“, dessen Name Steuerzeichen enthält
opened-entry-name-empty-part = einen Eintrag namens „{ $name }“ mit einem leeren oder „.“-Teil
opened-entry-name-too-deep = einen Eintrag namens „{ $name }“, der zu tief verschachtelt ist
opened-entry-outside-folder = einen Eintrag, der außerhalb seines Ordners geschrieben würde: { $why }
opened-entry-unsupported = etwas, das Stepwise nicht liest ({ $why })
opened-signature-missing = die Signatur fehlt
opened-public-key-missing = der öffentliche Schlüssel fehlt
opened-signature-not-text = die Signatur ist kein Text
opened-public-key-not-text = der öffentliche Schlüssel ist kein Text
opened-public-key-bad = der öffentliche Schlüssel: { $error }
opened-signature-bad = die Signatur: { $error }
