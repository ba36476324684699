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
## The account website is localized: each label below must match exactly what id.mi.com
## shows in Indonesian, so readers can find the link or button. A label not yet verified on
## the Indonesian site stays in English for now, and the guide step keeps an Indonesian
## gloss in parentheses after it; once the site's label is confirmed, put it here as the
## value and drop the gloss from the step.

# Link on the sign-in page that starts a password reset.
# Localized: must match the Indonesian site's label exactly.
-web-forgot-password = Lupa kata sandi?

# Button that starts changing the phone number or email address linked to the account.
# Not verified on the Indonesian site yet, so kept in English;
# the step glosses it in parentheses: “pulihkan info keamanan”.
# Replace with the site's exact label once confirmed.
-web-restore-security-info = Restore security info

# Button that begins resetting the recovery phone number.
# Not verified on the Indonesian site yet, so kept in English;
# the step glosses it in parentheses: “mulai”.
# Replace with the site's exact label once confirmed.
-web-get-started = Get started
