### Indonesian terms shared by all polyguide guides: brand names and the on-screen labels
### that guide steps quote. Guide texts reference these terms instead of writing the names literally.

## Brands

# The company's brand name, as the Indonesian market knows it.
-brand = Xiaomi

# The short brand, placed after the noun in Indonesian: "ponsel Mi", "logo Mi".
-brand-short = Mi

# The user account, as MIUI shows it in Indonesian ("Akun Mi").
-mi-account = Akun Mi

# Do not translate.
-google = Google

# Do not translate.
-android = Android

## Recovery menu labels (as Mi Recovery shows them)
## Mi Recovery shows its menus only in English and Chinese, so Indonesian keeps the
## English labels exactly as written; guide steps may add an Indonesian gloss in parentheses.

# The recovery boot mode; Indonesian articles call it "mode Recovery".
-recovery-mode = mode Recovery

# Keep the English label shown on screen.
-recovery-wipe-data = Wipe Data

# Keep the English label shown on screen.
-recovery-wipe-all-data = Wipe All Data

# Keep the English label shown on screen.
-recovery-reboot = Reboot

# Keep the English label shown on screen.
-recovery-reboot-to-system = Reboot to System

## Account website labels (id.mi.com)
## Use exactly the label the Indonesian site shows. Labels not verified on the Indonesian
## site stay in English; guide steps add an Indonesian gloss in parentheses.

# Link on the sign-in page that starts a password reset.
-web-forgot-password = Lupa kata sandi?

# Not verified on the Indonesian site; kept in English.
-web-restore-security-info = Restore security info

# Not verified on the Indonesian site; kept in English.
-web-get-started = Get started
