g--title = Bonjour
g--m--a = Faites ceci.
g--removed-step = Vieux.
