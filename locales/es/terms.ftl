### Spanish terms shared by all polyguide guides: brand names and the on-screen labels
### that guide steps quote. Guide texts reference these terms instead of writing the names literally.
### Vocabulary of Spain, the default for `es` (ordenador, pulsar, servicio técnico).

## Brands

# Company brand name, as in "dispositivos Xiaomi", "soporte técnico de Xiaomi".
-brand = Xiaomi

# Short brand, used after nouns: "teléfono Mi", "logotipo de Mi".
-brand-short = Mi

# The company's user account. Feminine: "la Cuenta Mi", "tu Cuenta Mi", "una Cuenta Mi".
# Newer phones show "Cuenta Xiaomi"; the guides use the name of the source ("Mi Account").
-mi-account = Cuenta Mi

# Do not translate. Used as "cuenta de Google".
-google = Google

# Do not translate. Used as "teléfonos Android", "versión de Android".
-android = Android

## Recovery menu labels (as Mi Recovery shows them)
## Mi Recovery shows its menus only in English and Chinese: keep the English labels
## exactly as on screen. The guide steps add a short Spanish gloss in parentheses.

# Recovery boot mode. Used as "el teléfono se iniciará en Recovery Mode".
-recovery-mode = Recovery Mode

# Menu item: "borrar datos".
-recovery-wipe-data = Wipe Data

# Menu item: "borrar todos los datos".
-recovery-wipe-all-data = Wipe All Data

# Menu item: "reiniciar".
-recovery-reboot = Reboot

# Menu item: "reiniciar en el sistema".
-recovery-reboot-to-system = Reboot to System

## Account website labels (id.mi.com)
## The account website is localized: each label below must match exactly what id.mi.com
## shows in Spanish (Spain), so readers can find the link or button. A label not yet
## verified on the Spanish (Spain) site stays in English for now, and the guide step keeps
## a Spanish (Spain) gloss in parentheses after it; once the site's label is confirmed, put
## it here as the value and drop the gloss from the step.

# Link on the sign-in page that starts a password reset.
# Not verified on the Spanish (Spain) site yet, so kept in English;
# the step glosses it in parentheses: “he olvidado la contraseña”.
# Replace with the site's exact label once confirmed.
-web-forgot-password = Forgot password

# Button that starts changing the phone number or email address linked to the account.
# Not verified on the Spanish (Spain) site yet, so kept in English;
# the step glosses it in parentheses: “restaurar la información de seguridad”.
# Replace with the site's exact label once confirmed.
-web-restore-security-info = Restore security info

# Button that begins resetting the recovery phone number.
# Not verified on the Spanish (Spain) site yet, so kept in English;
# the step glosses it in parentheses: “empezar”.
# Replace with the site's exact label once confirmed.
-web-get-started = Get started
