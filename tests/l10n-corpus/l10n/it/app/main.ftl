-brand = Corpus

app-title = { -brand }
app-welcome = Benvenuto in { -brand }, { $user }!
