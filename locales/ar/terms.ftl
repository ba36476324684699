### Arabic terms shared by all polyguide guides: brand names and the on-screen labels
### that guide steps quote. Translation of locales/en/terms.ftl.

## Brands

# The company's brand name, kept in Latin script as on Xiaomi's Arabic sites.
-brand = Xiaomi

# The company's short brand: "هاتف Mi", "شعار Mi".
-brand-short = Mi

# The company's user account, as the Arabic UI shows it. It is an idafa construct,
# so it is already definite: write "كلمة مرور { -mi-account }", not "الحساب".
# Avoid attaching prefixes (بـ، لـ) directly to it; rephrase instead.
-mi-account = حساب Mi

# Do not translate (the Arabic UI writes "حساب Google").
-google = Google

# Do not translate.
-android = Android

## Recovery menu labels (as Mi Recovery shows them)
## Mi Recovery shows its menus only in English and Chinese: keep the English labels
## exactly as on screen. Guide steps may add an Arabic gloss in parentheses.

-recovery-mode = Recovery Mode

-recovery-wipe-data = Wipe Data

-recovery-wipe-all-data = Wipe All Data

-recovery-reboot = Reboot

-recovery-reboot-to-system = Reboot to System

## Account website labels (id.mi.com)
## The account website is localized: each label below must match exactly what id.mi.com
## shows in Arabic, so readers can find the link or button. A label not yet verified on the
## Arabic site stays in English for now, and the guide step keeps an Arabic gloss in
## parentheses after it; once the site's label is confirmed, put it here as the value and
## drop the gloss from the step.

# Link on the sign-in page that starts a password reset.
# Not verified on the Arabic site yet, so kept in English;
# the step glosses it in parentheses: “نسيت كلمة المرور”.
# Replace with the site's exact label once confirmed.
-web-forgot-password = Forgot password

# Button that starts changing the phone number or email address linked to the account.
# Not verified on the Arabic site yet, so kept in English;
# the step glosses it in parentheses: “استعادة معلومات الأمان”.
# Replace with the site's exact label once confirmed.
-web-restore-security-info = Restore security info

# Button that begins resetting the recovery phone number.
# Not verified on the Arabic site yet, so kept in English;
# the step glosses it in parentheses: “ابدأ”.
# Replace with the site's exact label once confirmed.
-web-get-started = Get started
