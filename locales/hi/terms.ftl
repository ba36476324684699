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
## The account website is localized: each label below must match exactly what id.mi.com
## shows in Hindi, so readers can find the link or button. A label not yet verified on the
## Hindi site stays in English for now, and the guide step keeps a Hindi gloss in
## parentheses after it; once the site's label is confirmed, put it here as the value and
## drop the gloss from the step.

# Link on the sign-in page that starts a password reset.
# Not verified on the Hindi site yet, so kept in English;
# the step glosses it in parentheses: “पासवर्ड भूल गए”.
# Replace with the site's exact label once confirmed.
-web-forgot-password = Forgot password

# Button that starts changing the phone number or email address linked to the account.
# Not verified on the Hindi site yet, so kept in English;
# the step glosses it in parentheses: “सुरक्षा जानकारी वापस पाएँ”.
# Replace with the site's exact label once confirmed.
-web-restore-security-info = Restore security info

# Button that begins resetting the recovery phone number.
# Not verified on the Hindi site yet, so kept in English;
# the step glosses it in parentheses: “शुरू करें”.
# Replace with the site's exact label once confirmed.
-web-get-started = Get started
