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
## Use exactly the label the Russian site shows. Labels not verified on the Russian
## site stay in English; guide steps add a Russian gloss in parentheses.

# Link on the sign-in page that starts a password reset.
-web-forgot-password = Забыли пароль?

# Not verified on the Russian site; kept in English.
-web-restore-security-info = Restore security info

# Not verified on the Russian site; kept in English.
-web-get-started = Get started
