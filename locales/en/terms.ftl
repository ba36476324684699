### Terms shared by all polyguide guides: brand names and the on-screen labels
### that guide steps quote. This is the hand-written source (English) file;
### guide texts reference these terms (for example -brand) instead of writing the names literally.

## Brands

# The company's brand name, as in "Xiaomi devices" and "Xiaomi customer support".
# Keep as your market knows it (the Latin-script name or the official local name).
-brand = Xiaomi

# The company's short brand, used before nouns: "Mi phone", "Mi logo".
# Keep as your market knows it; it is also the logo shown on the boot screen.
-brand-short = Mi

# The company's user account, to which a phone can be linked (newer phones call it
# "Xiaomi Account"). Use the name the phone and the account website show in your language.
-mi-account = Mi Account

# The company Google, as in "Google account". Do not translate.
-google = Google

# The Android operating system. Do not translate; keep the trademark as written.
-android = Android

## Recovery menu labels (as Mi Recovery shows them)
## Mi Recovery shows its menus only in English and Chinese, so most locales keep the
## English labels, exactly as written, so readers can find them on screen. Locales whose
## readers see the Chinese menu may use the Chinese labels.

# The phone's recovery boot mode (Mi Recovery), entered with Volume Up + Power.
# Most locales keep the English name, because that is what the phone shows.
-recovery-mode = Recovery Mode

# Recovery menu item that starts a factory reset. Keep the English label shown on screen.
-recovery-wipe-data = Wipe Data

# Recovery menu item that confirms erasing everything. Keep the English label shown on screen.
-recovery-wipe-all-data = Wipe All Data

# Recovery menu item that opens the restart options. Keep the English label shown on screen.
-recovery-reboot = Reboot

# Recovery menu item that restarts the phone normally. Keep the English label shown on screen.
-recovery-reboot-to-system = Reboot to System

## Account website labels (id.mi.com)
## The account website is localized: use exactly the label it shows in your language,
## so readers can find the button.

# Link on the sign-in page that starts a password reset.
-web-forgot-password = Forgot password

# Button that starts changing the phone number or email address linked to the account.
-web-restore-security-info = Restore security info

# Button that begins resetting the recovery phone number.
-web-get-started = Get started
