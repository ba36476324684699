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
## The account website is localized: each label below must match exactly what id.mi.com
## shows in Brazilian Portuguese, so readers can find the link or button. A label not yet
## verified on the Brazilian Portuguese site stays in English for now, and the guide step
## keeps a Brazilian Portuguese gloss in parentheses after it; once the site's label is
## confirmed, put it here as the value and drop the gloss from the step.

# Link on the sign-in page that starts a password reset.
# Not verified on the Brazilian Portuguese site yet, so kept in English;
# the step glosses it in parentheses: “esqueci a senha”.
# Replace with the site's exact label once confirmed (possibly “Esqueci a senha”, unconfirmed).
-web-forgot-password = Forgot password

# Button that starts changing the phone number or email address linked to the account.
# Not verified on the Brazilian Portuguese site yet, so kept in English;
# the step glosses it in parentheses: “restaurar informações de segurança”.
# Replace with the site's exact label once confirmed.
-web-restore-security-info = Restore security info

# Button that begins resetting the recovery phone number.
# Not verified on the Brazilian Portuguese site yet, so kept in English;
# the step glosses it in parentheses: “começar”.
# Replace with the site's exact label once confirmed.
-web-get-started = Get started
