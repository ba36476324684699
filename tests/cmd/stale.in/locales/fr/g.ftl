g--title = Bonjour
g--m--title = Méthode
g--m--a = Éteignez votre téléphone Mi.
g--m--b = Appuyez sur le bouton.
g--m--w = Cela efface toutes les données.
