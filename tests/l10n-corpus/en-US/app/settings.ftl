settings-title = Settings
settings-language = Language
settings-advanced = Advanced settings
settings-reset = Reset
