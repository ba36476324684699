-brand = Korpus

app-title = { -brand }
app-welcome = Willkommen bei { -brand }, { $user }!
app-items =
    { $count ->
        [one] Ein Eintrag
       *[other] { $count } Einträge
    }
app-button = Speichern
    .title = Arbeit speichern
experiment-banner = Probier das neue Aussehen
app-old = Nicht mehr benutzt
