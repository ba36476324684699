# Traduction française
g--title = Réinitialiser votre téléphone { -brand }
g--summary = Deux façons de revenir.

g--hard-reset--title = Réinitialisation matérielle
g--hard-reset--summary = Efface tout.
g--hard-reset--power-off = Éteignez le téléphone.
g--hard-reset--hold-keys = Maintenez Marche + Volume haut : le menu s'ouvre.
g--hard-reset--data-loss = Toutes les données sont effacées.
g--backup = Sauvegardez d'abord.
