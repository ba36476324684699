### German terms shared by all polyguide guides: brand names and the on-screen labels
### that guide steps quote.

## Brands

# Brand name; used in hyphenated compounds: "Xiaomi-Geräte", "Xiaomi-Kundendienst".
-brand = Xiaomi

# Short brand; used in hyphenated compounds: "Mi-Smartphone", "Mi-Logo".
-brand-short = Mi

# The user account (neuter: das Mi-Konto). Newer phones say "Xiaomi-Konto".
# Messages are phrased so the term needs no genitive ending ("das Passwort für Ihr Mi-Konto",
# "mit Ihrem Mi-Konto", compounds such as "Mi-Konto-ID").
-mi-account = Mi-Konto

# Do not translate; used in compounds: "Google-Konto".
-google = Google

# Do not translate; used in compounds: "Android-Version", "Android-Smartphones".
-android = Android

## Recovery menu labels (as Mi Recovery shows them)
## Mi Recovery has no German menus: keep the English labels exactly as on screen.
## Steps add a short German gloss in parentheses.

# Used as a masculine noun: "im Recovery Mode", "über den Recovery Mode".
-recovery-mode = Recovery Mode
-recovery-wipe-data = Wipe Data
-recovery-wipe-all-data = Wipe All Data
-recovery-reboot = Reboot
-recovery-reboot-to-system = Reboot to System

## Account website labels (id.mi.com)
## The account website is localized: each label below must match exactly what id.mi.com
## shows in German, so readers can find the link or button. A label not yet verified on the
## German site stays in English for now, and the guide step keeps a German gloss in
## parentheses after it; once the site's label is confirmed, put it here as the value and
## drop the gloss from the step.

# Link on the sign-in page that starts a password reset.
# Localized: must match the German site's label exactly.
-web-forgot-password = Passwort vergessen

# Button that starts changing the phone number or email address linked to the account.
# Not verified on the German site yet, so kept in English;
# the step glosses it in parentheses: “Sicherheitsinformationen wiederherstellen”.
# Replace with the site's exact label once confirmed.
-web-restore-security-info = Restore security info

# Button that begins resetting the recovery phone number.
# Not verified on the German site yet, so kept in English;
# the step glosses it in parentheses: “Loslegen”.
# Replace with the site's exact label once confirmed.
-web-get-started = Get started
