# Eine Anleitung als Webseite speichern, drucken, die eigenen Schritte
# speichern: was das Fenster sagt, und die Wörter in den gespeicherten Seiten.

## Der Hinweis im Fenster

export-busy-web-page = Die Webseite wird gespeichert…
export-busy-print = Die Seite wird zum Drucken vorbereitet…
export-busy-my-steps = Ihre Schritte werden gespeichert…
export-open-folder = Ordner öffnen
export-open-folder-tip = { $folder } in der Dateiverwaltung zeigen
export-dismiss = Schließen
export-print-saved = „{ $name }“ öffnet sich in Ihrem Webbrowser: Drucken Sie die Seite von dort aus (Strg+P). Sie bleibt in { $folder } gespeichert.
export-my-steps-saved = Ihre Schritte sind als „{ $name }“ in { $folder } gespeichert. Schicken Sie diese Seite jemandem, der Ihnen helfen kann.
export-web-page-saved = „{ $name }“ wurde in { $folder } gespeichert.
export-web-page-cancelled = Die Webseite wurde nicht gespeichert.
export-my-steps-cancelled = Ihre Schritte wurden nicht gespeichert.
export-web-page-failed = Die Webseite konnte nicht gespeichert werden: { $why }.
export-my-steps-failed = Ihre Schritte konnten nicht gespeichert werden: { $why }.
export-could-not-start = der Vorgang konnte nicht starten ({ $error })
export-worker-stopped = der Vorgang wurde abgebrochen, bevor er fertig war
export-my-steps-file-name = Meine Schritte - { $title }
export-save-window-title = Die Anleitung als Webseite speichern
export-save-window-filter = Webseite

## Die Wörter in einer gespeicherten Seite.

export-my-steps-heading = Meine Schritte: { $title }
export-page-title = { $heading } – { $pack }
export-how-whole = Gehen Sie die Schritte der Reihe nach durch. Wo ein Schritt „weiter bei“ sagt, springen Sie zum Schritt mit dieser Nummer; Fragen führen Sie zu den Schritten, die zu Ihrer Antwort passen.
export-how-path = Das sind die Schritte, die ich gemacht habe, der Reihe nach, mit meiner Antwort bei jedem Schritt. Beim letzten, markiert mit „Hier bin ich“, bin ich gerade.
export-how-path-markdown = Das sind die Schritte, die ich gemacht habe, der Reihe nach, mit meiner Antwort bei jedem Schritt. Beim letzten, markiert mit **Hier bin ich**, bin ich gerade.
export-from-guides = Aus den Anleitungen „{ $pack }“
export-quick-answer = Kurz gesagt
export-contents-all-steps = Alle Schritte
export-contents-my-steps = Meine Schritte
export-part = Teil { $number }: { $title }
export-footer = Erstellt mit Stepwise. Die Bilder zeigen, wie der Bildschirm aussehen sollte; Ihrer kann etwas anders aussehen.
export-footer-from = Erstellt mit Stepwise, aus den Anleitungen „{ $pack }“. Die Bilder zeigen, wie der Bildschirm aussehen sollte; Ihrer kann etwas anders aussehen.

export-kind-step = Schritt
export-kind-question = Frage
export-kind-solved = Ergebnis: gelöst
export-kind-not-solved = Ergebnis: hier nicht gelöst
export-kind-shared = Gemeinsame Schritte

export-here-label = Hier bin ich:
export-here-text = Bei diesem Schritt komme ich nicht weiter.
export-checks-label = Prüfen Sie, ob
export-tips = Tipps
export-marked-on-picture = Auf dem Bild markiert:
export-picture-missing = Dieses Bild konnte nicht eingefügt werden: { $image }.
export-picture-missing-why = Dieses Bild konnte nicht eingefügt werden: { $image }: { $why }.
export-picture-shows = Es zeigt: { $alt }
export-picture-not-painted = das Bild konnte nicht gezeichnet werden
export-picture-not-encoded = das Bild konnte nicht gespeichert werden ({ $error })
export-picture-not-read = das Bild wurde nicht gelesen
export-link-left-out = { $label } (dieser Link wurde weggelassen: nur https://-Adressen bleiben erhalten)

## Wohin es von einem Schritt aus geht.

export-way-next = Wenn das erledigt ist: weiter bei { $target }
export-way-next-back = Wenn das erledigt ist: zurück zu der Anleitung, die Sie zu diesen gemeinsamen Schritten geschickt hat
export-way-next-shared = Wenn das erledigt ist: weiter bei { $target } (gemeinsame Schritte); danach weiter bei { $then }
export-way-answer = Bei „{ $answer }“: weiter bei { $target }
export-way-answer-back = Bei „{ $answer }“: zurück zu der Anleitung, die Sie zu diesen gemeinsamen Schritten geschickt hat
export-way-answer-shared = Bei „{ $answer }“: weiter bei { $target } (gemeinsame Schritte); danach weiter bei { $then }
export-way-not-solved = Nicht gelöst? Weiter bei { $target }
export-way-not-solved-back = Nicht gelöst? Zurück zu der Anleitung, die Sie zu diesen gemeinsamen Schritten geschickt hat
export-way-not-solved-shared = Nicht gelöst? Weiter bei { $target } (gemeinsame Schritte); danach weiter bei { $then }
export-way-outside = „{ $title }“
export-way-broken = nirgendwohin: { $why }
export-way-too-deep = gemeinsame Schritte sind zu tief ineinander verschachtelt

## „Meine Schritte speichern“: was die Person bei jedem Schritt getan hat.

export-what-i-did = Was ich getan habe:
export-did-next = Ich habe diesen Schritt erledigt und weitergemacht.
export-did-choose = Ich habe „{ $answer }“ gewählt.
export-did-answer = Ich habe „{ $answer }“ geantwortet.
export-not-solved-label = Nein, das hat es nicht gelöst
export-choices-here = Die Möglichkeiten hier
