b--title = Cassé
b--m--title = Méthode
