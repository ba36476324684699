settings-title = Einstellungen
settings-language = Sprache
settings-reset = Zurücksetzen
