### Russian terms shared by all polyguide guides: brand names and the on-screen labels
### that guide steps quote. Guide texts reference these terms instead of writing the names literally.

## Brands

# The company's brand name. Russian readers know it in Latin script; do not inflect it.
-brand = Xiaomi

# The short brand, used after nouns in Russian: «телефон Mi», «логотип Mi».
-brand-short = Mi

# The user account, as MIUI shows it in Russian («Mi аккаунт»). Only «аккаунт» inflects.
# Use the case that fits the sentence, e.g. { -mi-account(case: "genitive") } → «Mi аккаунта».
-mi-account = { $case ->
   *[nominative] Mi аккаунт
    [genitive] Mi аккаунта
    [dative] Mi аккаунту
    [accusative] Mi аккаунт
    [instrumental] Mi аккаунтом
    [prepositional] Mi аккаунте
}

# Do not translate.
-google = Google

# Do not translate; not inflected in Russian («на Android», «версия Android»).
-android = Android

## Recovery menu labels (as Mi Recovery shows them)
## Mi Recovery shows its menus only in English and Chinese, so Russian keeps the
## English labels exactly as written; guide steps may add a Russian gloss in parentheses.

# The recovery boot mode; Russian articles call it «режим Recovery». Used in the accusative
# («в режим Recovery», «через режим Recovery»), which equals the nominative.
-recovery-mode = режим Recovery

# Keep the English label shown on screen.
-recovery-wipe-data = Wipe Data

# Keep the English label shown on screen.
-recovery-wipe-all-data = Wipe All Data

# Keep the English label shown on screen.
-recovery-reboot = Reboot

# Keep the English label shown on screen.
-recovery-reboot-to-system = Reboot to System

## Account website labels (id.mi.com)
## The account website is localized: each label below must match exactly what id.mi.com
## shows in Russian, so readers can find the link or button. A label not yet verified on
## the Russian site stays in English for now, and the guide step keeps a Russian gloss in
## parentheses after it; once the site's label is confirmed, put it here as the value and
## drop the gloss from the step.

# Link on the sign-in page that starts a password reset.
# Localized: must match the Russian site's label exactly.
-web-forgot-password = Забыли пароль?

# Button that starts changing the phone number or email address linked to the account.
# Not verified on the Russian site yet, so kept in English;
# the step glosses it in parentheses: “восстановить данные безопасности”.
# Replace with the site's exact label once confirmed.
-web-restore-security-info = Restore security info

# Button that begins resetting the recovery phone number.
# Not verified on the Russian site yet, so kept in English;
# the step glosses it in parentheses: “начать”.
# Replace with the site's exact label once confirmed.
-web-get-started = Get started
