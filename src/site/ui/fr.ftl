language-name = Français
languages = Langues
contents = Sur cette page
guides = Guides
important = Points importants
note-warning = Avertissement
note-caution = Attention
note-tip = Astuce
note-info = Remarque
marker-stale = Traduction obsolète
marker-fallback = Pas encore traduit
show-original = Afficher l’original
page-original = Ceci est le texte original.
page-current = { $current ->
        [one] { $current } texte sur { $total } traduit et à jour
       *[other] { $current } textes sur { $total } traduits et à jour
    }
page-stale = { $count ->
        [one] { $count } traduction obsolète
       *[other] { $count } traductions obsolètes
    }
page-fallback = { $count ->
        [one] { $count } texte pas encore traduit
       *[other] { $count } textes pas encore traduits
    }
locale-complete = Traduit à { $percent } %
site-footer = Généré par polyguide à partir des paquets exportés.
all-languages = Toutes les langues
