language-name = Deutsch
languages = Sprachen
contents = Auf dieser Seite
guides = Anleitungen
important = Wichtige Hinweise
note-warning = Warnung
note-caution = Vorsicht
note-tip = Tipp
note-info = Hinweis
marker-stale = Veraltete Übersetzung
marker-fallback = Noch nicht übersetzt
show-original = Original anzeigen
page-original = Dies ist der Originaltext.
page-current = { $total ->
        [one] { $current } von { $total } Text übersetzt und aktuell
       *[other] { $current } von { $total } Texten übersetzt und aktuell
    }
page-stale = { $count ->
        [one] { $count } veraltete Übersetzung
       *[other] { $count } veraltete Übersetzungen
    }
page-fallback = { $count ->
        [one] { $count } Text noch nicht übersetzt
       *[other] { $count } Texte noch nicht übersetzt
    }
locale-complete = Zu { $percent } % übersetzt
site-footer = Von polyguide aus den exportierten Paketen erstellt.
all-languages = Alle Sprachen
