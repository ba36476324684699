g--title = Bonjour
g--m--title = Méthode { -brand
g--m--a = Faites ceci.
