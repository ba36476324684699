g--title = Bonjour
g--m--title = Méthode
