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
