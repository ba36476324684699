### Brazilian Portuguese terms shared by all polyguide guides: brand names and the on-screen
### labels that guide steps quote. Guide texts reference these terms instead of writing the names literally.

## Brands

# Company brand name. Feminine in Brazil: "a Xiaomi", "suporte da Xiaomi", "aparelhos Xiaomi".
-brand = Xiaomi

# Short brand, used after nouns: "celular Mi", "logo Mi".
-brand-short = Mi

# The company's user account. Feminine: "a Conta Mi", "sua Conta Mi", "da Conta Mi".
# Newer phones show "Conta Xiaomi"; the guides use the name of the source ("Mi Account").
-mi-account = Conta Mi

# Do not translate. Masculine: "conta do Google".
-google = Google

# Do not translate. Masculine: "versão do Android", "celulares Android".
-android = Android

## Recovery menu labels (as Mi Recovery shows them)
## Mi Recovery shows its menus only in English and Chinese: keep the English labels
## exactly as on screen. The guide steps add a short Portuguese gloss in parentheses.

# Recovery boot mode. Masculine: "iniciar no Recovery Mode".
-recovery-mode = Recovery Mode

# Menu item: "apagar dados".
-recovery-wipe-data = Wipe Data

# Menu item: "apagar todos os dados".
-recovery-wipe-all-data = Wipe All Data

# Menu item: "reiniciar".
-recovery-reboot = Reboot

# Menu item: "reiniciar no sistema".
-recovery-reboot-to-system = Reboot to System

## Account website labels (id.mi.com)
## The website is localized, but its Brazilian Portuguese labels were not verified, so the
## English labels are kept for now and the steps add a Portuguese gloss in parentheses.
## Replace with the exact labels once confirmed on id.mi.com.

# Link on the sign-in page that starts a password reset ("esqueci a senha"; possibly
# shown as "Esqueci a senha", unconfirmed).
-web-forgot-password = Forgot password

# Button that starts changing the linked phone number or email ("restaurar informações de segurança").
-web-restore-security-info = Restore security info

# Button that begins resetting the recovery phone number ("começar").
-web-get-started = Get started
