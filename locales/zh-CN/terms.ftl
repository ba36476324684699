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
## Use exactly the label the site shows in Simplified Chinese.

# Link on the sign-in page that starts a password reset. id.mi.com is localized: the value
# must match exactly what the site shows in Simplified Chinese (忘记密码？, with the
# full-width question mark).
-web-forgot-password = 忘记密码？

# Button that starts changing the phone number or email linked to the account.
# Chinese on-screen label not verified: kept in English; the step glosses it as 恢复安全信息.
# Replace with the exact Chinese label once confirmed on id.mi.com.
-web-restore-security-info = Restore security info

# Button that begins resetting the recovery phone number.
# Chinese on-screen label not verified: kept in English; the step glosses it as 开始.
# Replace with the exact Chinese label once confirmed on id.mi.com.
-web-get-started = Get started
