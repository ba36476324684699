### Hindi terms shared by all polyguide guides: brand names and the on-screen labels
### that guide steps quote. Translation of locales/en/terms.ftl.

## Brands

# The company's brand name. Indian users know it in Latin script.
-brand = Xiaomi

# The company's short brand, used before nouns: "Mi फ़ोन", "Mi लोगो".
-brand-short = Mi

# The company's user account. Hindi UI says "खाता" (as in "Google खाता").
# खाता inflects: use case: "oblique" before postpositions (का/के/की/से/में/पर),
# e.g. { -mi-account(case: "oblique") } का पासवर्ड → "Mi खाते का पासवर्ड".
-mi-account =
    { $case ->
       *[direct] Mi खाता
        [oblique] Mi खाते
    }

# Do not translate.
-google = Google

# Do not translate.
-android = Android

## Recovery menu labels (as Mi Recovery shows them)
## Mi Recovery shows its menus only in English and Chinese: keep the English labels
## exactly as on screen. Guide steps may add a Hindi gloss in parentheses.

-recovery-mode = Recovery Mode

-recovery-wipe-data = Wipe Data

-recovery-wipe-all-data = Wipe All Data

-recovery-reboot = Reboot

-recovery-reboot-to-system = Reboot to System

## Account website labels (id.mi.com)
## Kept in English (the Hindi labels of the site could not be verified); guide steps
## add a Hindi gloss in parentheses. Replace with the exact Hindi labels if the site shows them.

# Link on the sign-in page that starts a password reset.
-web-forgot-password = Forgot password

# Button that starts changing the phone number or email address linked to the account.
-web-restore-security-info = Restore security info

# Button that begins resetting the recovery phone number.
-web-get-started = Get started
