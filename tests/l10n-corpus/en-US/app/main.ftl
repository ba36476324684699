-brand = Corpus

app-title = { -brand }
app-welcome = Welcome to { -brand }, { $user }!
app-items =
    { $count ->
        [one] One item
       *[other] { $count } items
    }
app-button = Save
    .title = Save your work
experiment-banner = Try the new look
experiment-survey = Tell us what you think
app-footer = Made with care
