menu = Carte
-brand = Acme
