optional-tip = Une astuce du jour
optional-old = Plus utilisée
