g--m--title = Méthode
g--m--a = Un.
