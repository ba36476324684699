### Simplified Chinese (zh-CN) terms shared by all polyguide guides: brand names and
### the on-screen labels that guide steps quote.

## Brands

# The company's brand name. In mainland China the official name is 小米.
# Chinese terms need no space next to Chinese text: "{ -brand }设备" → 小米设备.
-brand = 小米

# Short brand before nouns: "{ -brand-short }手机" → 小米手机, "{ -brand-short }标志" → 小米标志.
-brand-short = 小米

# The user account, as the phone and account.xiaomi.com / id.mi.com show it (not 小米帐号).
-mi-account = 小米账号

# Do not translate. Latin-script term: put a space between it and Chinese text ("{ -google } 账号").
-google = Google

# Do not translate (not 安卓). Latin-script term: put a space between it and Chinese text.
-android = Android

## Recovery menu labels (as Mi Recovery shows them)
## Readers in mainland China usually see the Chinese Mi Recovery menu, so use its Chinese labels.
## The menu may also be shown in English (it follows the language chosen on the phone), so
## guide steps add the English label in parentheses after each Chinese one.

# The recovery boot mode (Mi Recovery), entered with Volume Up + Power.
-recovery-mode = 恢复模式

# Recovery menu item that starts a factory reset.
-recovery-wipe-data = 清除数据

# Recovery menu item that confirms erasing everything.
-recovery-wipe-all-data = 清除所有数据

# Recovery menu item that opens the restart options (English menu: Reboot).
# Some tutorials quote this item as 重启手机; not verified on a device. 重启 is kept because
# readers recognize it in either form, and the step adds the English label.
-recovery-reboot = 重启

# Recovery menu item that restarts the phone normally.
-recovery-reboot-to-system = 重启到系统

## Account website labels (id.mi.com)
## The account website is localized: each label below must match exactly what id.mi.com
## shows in Simplified Chinese, so readers can find the link or button. A label not yet
## verified on the Simplified Chinese site stays in English for now, and the guide step
## keeps a Simplified Chinese gloss in parentheses after it; once the site's label is
## confirmed, put it here as the value and drop the gloss from the step.

# Link on the sign-in page that starts a password reset.
# Localized: must match the Simplified Chinese site's label exactly (忘记密码？, with the
# full-width question mark).
-web-forgot-password = 忘记密码？

# Button that starts changing the phone number or email address linked to the account.
# Not verified on the Simplified Chinese site yet, so kept in English;
# the step glosses it in parentheses: “恢复安全信息”.
# Replace with the site's exact label once confirmed.
-web-restore-security-info = Restore security info

# Button that begins resetting the recovery phone number.
# Not verified on the Simplified Chinese site yet, so kept in English;
# the step glosses it in parentheses: “开始”.
# Replace with the site's exact label once confirmed.
-web-get-started = Get started
