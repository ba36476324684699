g--title = Bonjour
g--m--title = Méthode
g--m--a = { " " }
