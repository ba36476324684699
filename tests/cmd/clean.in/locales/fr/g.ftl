g--title = Bonjour { -brand }
g--m--title = Méthode
g--m--a = Faites ceci.
