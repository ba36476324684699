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
## Use the labels the German version of the site shows. The two English labels below
## were not verified on the German site; steps add a German gloss in parentheses.

# Link on the sign-in page that starts a password reset.
-web-forgot-password = Passwort vergessen

# Button that starts changing the phone number or email address linked to the account.
-web-restore-security-info = Restore security info

# Button that begins resetting the recovery phone number.
-web-get-started = Get started
