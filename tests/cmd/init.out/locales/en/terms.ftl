### Terms: the names and on-screen labels that guide texts use, such as { -app }, so
### that no translation hard-codes them. This is the hand-written source file; each locale
### translates it at the same path (locales/<locale>/terms.ftl). Write it in `en`.

# The app's name. Keep it as the app store of your market shows it.
-app = Notepad

## On-screen labels: write them exactly as the app shows them in your language.

# The button on the main screen that opens the settings.
-label-settings = Settings

# The settings entry that saves every note to a file.
-label-export = Export
