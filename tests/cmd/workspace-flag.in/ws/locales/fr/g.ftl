g--title = Bonjour
g--m--a = Faites ceci.
