g--title = Setzen Sie Ihr { -brand }-Telefon zurück
g--summary = Zwei Wege zurück.
g--hard-reset--title = Hardware-Reset
g--hard-reset--summary = Löscht alles.
g--hard-reset--power-off = Schalten Sie das Telefon aus.
g--hard-reset--hold-keys =
    Halten Sie Ein/Aus + Lauter gedrückt:
    das Menü öffnet sich.
g--hard-reset--data-loss = Alle Daten werden gelöscht.
g--backup = Sichern Sie zuerst.
