-brand = Corpus

app-title = { -brand }
app-welcome = Bienvenue dans { -brand, { $user } !
app-items =
    { $count ->
        [one] Un élément
       *[other] { $count } éléments
    }
app-button = Enregistrer
app-title = { -brand } (bis)
