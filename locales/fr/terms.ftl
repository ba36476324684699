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
## The account website is localized: each label below must match exactly what id.mi.com
## shows in French, so readers can find the link or button. A label not yet verified on the
## French site stays in English for now, and the guide step keeps a French gloss in
## parentheses after it; once the site's label is confirmed, put it here as the value and
## drop the gloss from the step.

# Link on the sign-in page that starts a password reset.
# Localized: must match the French site's label exactly.
-web-forgot-password = Mot de passe oublié

# Button that starts changing the phone number or email address linked to the account.
# Not verified on the French site yet, so kept in English;
# the step glosses it in parentheses: “restaurer les informations de sécurité”.
# Replace with the site's exact label once confirmed.
-web-restore-security-info = Restore security info

# Button that begins resetting the recovery phone number.
# Not verified on the French site yet, so kept in English;
# the step glosses it in parentheses: “commencer”.
# Replace with the site's exact label once confirmed.
-web-get-started = Get started
