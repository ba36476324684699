### Chinese (Simplified) translation of the guide unlock-mi-phone.

# Guide title
unlock-mi-phone--title = { -brand-short }手机被锁定后如何解锁
# Guide summary
unlock-mi-phone--summary = 你的{ -brand-short }手机被锁了，又想不起锁屏密码、PIN 码或图案，甚至连{ -mi-account }信息也记不清了？你可以试试下面几种方法。

## Method: hard-reset

# Method title
unlock-mi-phone--hard-reset--title = 硬重置（在{ -recovery-mode }下恢复出厂设置）
# Method summary
unlock-mi-phone--hard-reset--summary = 这是最常用、也最有效的方法之一，但会清除手机上的所有数据。
# Step 1 of 6
unlock-mi-phone--hard-reset--power-off = 将{ -brand-short }手机完全关机。
# Step 2 of 6
unlock-mi-phone--hard-reset--enter-recovery = 同时按住音量加键和电源键，直到屏幕上出现{ -brand-short }标志。手机随后会进入{ -recovery-mode }。
# Step 3 of 6
unlock-mi-phone--hard-reset--navigate = 用音量键在菜单中上下移动，用电源键确认选择。
# Step 4 of 6
unlock-mi-phone--hard-reset--wipe-data = 选择“{ -recovery-wipe-data }”（Wipe Data；部分机型显示为“Wipe Data/Factory Reset”）。
# Step 5 of 6
unlock-mi-phone--hard-reset--confirm-wipe = 选择“{ -recovery-wipe-all-data }”（Wipe All Data）进行确认。
# Step 6 of 6
unlock-mi-phone--hard-reset--reboot = 清除完成后，选择“{ -recovery-reboot }”（Reboot），再选择“{ -recovery-reboot-to-system }”（Reboot to System）。
# Note (warning)
unlock-mi-phone--hard-reset--data-loss = 硬重置会清除手机上的所有数据。
# Note (warning)
unlock-mi-phone--hard-reset--frp-mi-account = 如果手机绑定过{ -mi-account }，硬重置后激活设备时可能需要输入该账号的密码（即恢复出厂设置保护，FRP）。如果你不记得{ -mi-account }密码，请继续尝试下一种方法。
# Note (warning)
unlock-mi-phone--hard-reset--frp-google = 如果手机上同步过 { -google } 账号，恢复出厂设置后可能会要求你输入该账号的登录信息（{ -google } 恢复出厂设置保护）。如果你连 { -google } 账号密码也忘了，需要另外找回。

## Method: reset-password

# Method title
unlock-mi-phone--reset-password--title = 重置{ -mi-account }密码
# Method summary
unlock-mi-phone--reset-password--summary = 如果设备是因为忘记{ -mi-account }密码而被锁，请按以下步骤重置密码。
# Step 1 of 4
unlock-mi-phone--reset-password--open-reset-page = 在电脑或其他设备上打开{ -mi-account }密码重置页面。
# Step 2 of 4
unlock-mi-phone--reset-password--enter-account = 输入注册时使用的手机号、邮箱地址或{ -mi-account } ID。
# Step 3 of 4
unlock-mi-phone--reset-password--set-new-password = 按照屏幕上的提示获取验证码，然后设置新密码。
# Step 4 of 4
unlock-mi-phone--reset-password--unlock-phone = 密码重置成功后，在被锁的{ -brand-short }手机上输入新密码即可解锁。
# Note (tip)
unlock-mi-phone--reset-password--no-access = 如果你已无法使用{ -mi-account }绑定的手机号或邮箱，可以尝试绑定新的手机号来重置密码（参见下一种方法）。

## Method: bind-new-number

# Method title
unlock-mi-phone--bind-new-number--title = 绑定新手机号以重置密码
# Method summary
unlock-mi-phone--bind-new-number--summary = 如果你已无法使用原来的手机号或邮箱，请使用此方法。
# Step 1 of 7
unlock-mi-phone--bind-new-number--open-id-site = 在浏览器中打开 https://id.mi.com。
# Step 2 of 7
unlock-mi-phone--bind-new-number--forgot-password = 点击“{ -web-forgot-password }”。
# Step 3 of 7
unlock-mi-phone--bind-new-number--enter-account = 输入{ -mi-account }绑定的手机号或邮箱地址。
# Step 4 of 7
unlock-mi-phone--bind-new-number--restore-security-info = 点击“{ -web-restore-security-info }”（恢复安全信息）。
# Step 5 of 7
unlock-mi-phone--bind-new-number--get-started = 点击“{ -web-get-started }”（开始），进入重置安全手机号的流程。
# Step 6 of 7
unlock-mi-phone--bind-new-number--follow-prompts = 按照提示绑定新手机号。
# Step 7 of 7
unlock-mi-phone--bind-new-number--reset-password = 新手机号绑定成功后，按照上一种方法重置密码。

## Method: unlock-tools

# Method title
unlock-mi-phone--unlock-tools--title = 使用第三方 { -android } 解锁工具（请谨慎）
# Method summary
unlock-mi-phone--unlock-tools--summary = 市面上有不少第三方软件（如 Dr.Fone、iToolab UnlockGo 和 iMyFone LockWiper (Android)）声称可以解锁 { -android } 手机，包括{ -brand }设备。它们的使用方法大致如下。
# Step 1 of 3
unlock-mi-phone--unlock-tools--install-software = 在电脑上下载并安装该软件。
# Step 2 of 3
unlock-mi-phone--unlock-tools--connect-usb = 用 USB 数据线将{ -brand-short }手机连接到电脑。
# Step 3 of 3
unlock-mi-phone--unlock-tools--follow-instructions = 按照软件中的说明操作。
# Note (caution)
unlock-mi-phone--unlock-tools--scams-malware = 选择第三方工具时务必格外小心。其中一些可能是骗局、含有恶意软件，或者并不像宣传的那样管用。
# Note (caution)
unlock-mi-phone--unlock-tools--reputable-sources = 请务必从可靠的来源下载软件。
# Note (caution)
unlock-mi-phone--unlock-tools--cost = 这类工具通常需要付费。
# Note (caution)
unlock-mi-phone--unlock-tools--success-rate = 成功率可能因手机型号和 { -android } 版本而异。
# Note (warning)
unlock-mi-phone--unlock-tools--data-loss = 许多此类工具也会恢复出厂设置，从而清除手机上的所有数据。

## Method: official-support

# Method title
unlock-mi-phone--official-support--title = 联系{ -brand }客服或服务中心
# Method summary
unlock-mi-phone--official-support--summary = 如果以上方法都不管用，或者你不放心自己动手操作，最好的选择是联系{ -brand }官方客服或前往授权服务中心。很多情况下，他们可以帮你解锁设备，尤其是在你能提供购买凭证和机主证明的情况下。
# Step 1 of 3
unlock-mi-phone--official-support--gather-proof = 如果有的话，准备好手机的购买凭证和机主证明。
# Step 2 of 3
unlock-mi-phone--official-support--contact-support = 联系{ -brand }官方客服，或将手机送到{ -brand }授权服务中心。
# Step 3 of 3
unlock-mi-phone--official-support--request-unlock = 请他们帮你解锁设备，并出示你手头已有的购买凭证和机主证明。
# Note (caution)
unlock-mi-phone--official-support--safest-option = 如果你担心损坏设备或丢失数据，这是最稳妥的方法；不过，他们在处理过程中仍可能需要清除手机上的所有数据。

## Guide notes

# Note (warning)
unlock-mi-phone--data-loss = 大多数解锁方法（尤其是硬重置）都会清除手机上的所有数据。如果手机里存有重要数据，在情况允许时，请先尝试重置{ -mi-account }密码。
# Note (info)
unlock-mi-phone--imei = 请准备好手机的 IMEI 号码，它通常印在包装盒或 SIM 卡托上。服务中心和部分解锁工具可能会要求你提供。
# Note (tip)
unlock-mi-phone--choose-method = 请根据自己的情况和对操作的熟悉程度，选择最合适的方法。如果拿不准，可以先尝试重置{ -mi-account }密码，或联系官方客服。
