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
## The website is localized, but its Spanish labels were not verified, so the English
## labels are kept for now and the steps add a Spanish gloss in parentheses.
## Replace with the exact Spanish labels once confirmed on id.mi.com.

# Link on the sign-in page that starts a password reset ("he olvidado la contraseña").
-web-forgot-password = Forgot password

# Button that starts changing the linked phone number or email ("restaurar la información de seguridad").
-web-restore-security-info = Restore security info

# Button that begins resetting the recovery phone number ("empezar").
-web-get-started = Get started
