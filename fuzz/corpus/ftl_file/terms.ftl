### French terms shared by all polyguide guides: brand names and the on-screen labels
### that guide steps quote.

## Brands

# Brand name, as in "les appareils Xiaomi", "le service client Xiaomi".
-brand = Xiaomi

# Short brand used after nouns: "téléphone Mi", "logo Mi". Also the boot-screen logo.
-brand-short = Mi

# The user account, lowercase "compte" so it fits mid-sentence ("votre compte Mi").
# Masculine noun: "un compte Mi", "du compte Mi". Newer phones say "compte Xiaomi".
-mi-account = compte Mi

# Do not translate.
-google = Google

# Do not translate. Starts with a vowel: messages elide before it ("version d’Android").
-android = Android

## Recovery menu labels (as Mi Recovery shows them)
## Mi Recovery has no French menus: keep the English labels exactly as on screen.
## Steps add a short French gloss in parentheses.

-recovery-mode = Recovery Mode
-recovery-wipe-data = Wipe Data
-recovery-wipe-all-data = Wipe All Data
-recovery-reboot = Reboot
-recovery-reboot-to-system = Reboot to System

## Account website labels (id.mi.com)
## Use the labels the French version of the site shows. The two English labels below
## were not verified on the French site; steps add a French gloss in parentheses.

# Link on the sign-in page that starts a password reset.
-web-forgot-password = Mot de passe oublié

# Button that starts changing the phone number or email address linked to the account.
-web-restore-security-info = Restore security info

# Button that begins resetting the recovery phone number.
-web-get-started = Get started
