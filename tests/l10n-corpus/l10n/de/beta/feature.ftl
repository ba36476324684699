beta-feature = Probier die neue Funktion
