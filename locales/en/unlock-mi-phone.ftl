### Source catalog of the guide "unlock-mi-phone", written by `polyguide extract`
### from content/unlock-mi-phone.yaml. Edit the YAML, not this file.

# Guide title
unlock-mi-phone--title = How to unlock a { -brand-short } phone if the device is locked
# Guide summary
unlock-mi-phone--summary = Is your { -brand-short } phone locked, and you can’t remember its password, PIN, or pattern, or even your { -mi-account } details? There are several things you can do.

## Method: hard-reset

# Method title
unlock-mi-phone--hard-reset--title = Hard reset (factory reset via { -recovery-mode })
# Method summary
unlock-mi-phone--hard-reset--summary = This is one of the most common and effective methods, but it will erase all data on your phone.
# Note (warning)
unlock-mi-phone--hard-reset--data-loss = A hard reset erases all data on your phone.
# Note (warning)
unlock-mi-phone--hard-reset--frp-mi-account = If a { -mi-account } was linked to the phone, you may be asked for its password to activate the device after the hard reset (Factory Reset Protection, FRP). If you don’t remember the { -mi-account } password, continue with the next method.
# Note (warning)
unlock-mi-phone--hard-reset--frp-google = If a { -google } account was synced to the phone, you may be asked for its credentials after the factory reset ({ -google } Factory Reset Protection). If you’ve also forgotten your { -google } account password, you need to recover it separately.
# Step 1 of 6
unlock-mi-phone--hard-reset--power-off = Power off your { -brand-short } phone completely.
# Step 2 of 6
unlock-mi-phone--hard-reset--enter-recovery = Press and hold the Volume Up key and the Power button at the same time until the { -brand-short } logo appears on the screen. The phone boots into { -recovery-mode }.
# Step 3 of 6
unlock-mi-phone--hard-reset--navigate = Use the volume keys to move through the menu and the Power button to select an option.
# Step 4 of 6
# Note: The quoted label is an option of the phone's Recovery Mode menu (white text on a black screen), chosen with the volume keys. On many phones this menu is in English or Chinese only: keep the English label recognisable.
unlock-mi-phone--hard-reset--wipe-data = Select “{ -recovery-wipe-data }” (some phones show “Wipe Data/Factory Reset”).
# Step 5 of 6
# Note: A second option in the same Recovery Mode menu, shown after “{ -recovery-wipe-data }”; selecting it erases the phone.
unlock-mi-phone--hard-reset--confirm-wipe = Select “{ -recovery-wipe-all-data }” to confirm.
# Step 6 of 6
# Note: Two options of the Recovery Mode menu, one after the other.
unlock-mi-phone--hard-reset--reboot = When the process is complete, select “{ -recovery-reboot }”, then “{ -recovery-reboot-to-system }”.

## Method: reset-password

# Method title
unlock-mi-phone--reset-password--title = Reset your { -mi-account } password
# Method summary
unlock-mi-phone--reset-password--summary = If your device is locked because you forgot your { -mi-account } password, reset the password as follows.
# Step 1 of 4
unlock-mi-phone--reset-password--open-reset-page = On a computer or another device, go to the { -mi-account } password reset page.
# Step 2 of 4
unlock-mi-phone--reset-password--enter-account = Enter your registered phone number, email address, or { -mi-account } ID.
# Step 3 of 4
unlock-mi-phone--reset-password--set-new-password = Follow the on-screen instructions to receive a verification code and set a new password.
# Step 4 of 4
unlock-mi-phone--reset-password--unlock-phone = Once the password is reset, enter the new password on your locked { -brand-short } phone to unlock it.
# Note (tip)
unlock-mi-phone--reset-password--no-access = If you no longer have access to the phone number or email address linked to your { -mi-account }, you can try binding a new phone number to reset your password (see the next method).

## Method: bind-new-number

# Method title
unlock-mi-phone--bind-new-number--title = Bind a new phone number to reset the password
# Method summary
unlock-mi-phone--bind-new-number--summary = Use this method if you no longer have access to the original phone number or email address.
# Step 1 of 7
unlock-mi-phone--bind-new-number--open-id-site = Go to https://id.mi.com in a web browser.
# Step 2 of 7
# Note: A link on the sign-in page of id.mi.com, below the password field. The label must match the site in the reader's language.
unlock-mi-phone--bind-new-number--forgot-password = Select “{ -web-forgot-password }”.
# Step 3 of 7
unlock-mi-phone--bind-new-number--enter-account = Enter the phone number or email address linked to your { -mi-account }.
# Step 4 of 7
# Note: A button on id.mi.com; the label must match the site in the reader's language.
unlock-mi-phone--bind-new-number--restore-security-info = Select “{ -web-restore-security-info }”.
# Step 5 of 7
# Note: A button on id.mi.com; the label must match the site in the reader's language.
unlock-mi-phone--bind-new-number--get-started = Select “{ -web-get-started }” to start resetting your recovery phone number.
# Step 6 of 7
unlock-mi-phone--bind-new-number--follow-prompts = Follow the prompts to bind the new phone number.
# Step 7 of 7
unlock-mi-phone--bind-new-number--reset-password = Once the new phone number is bound, reset your password as described in the previous method.

## Method: unlock-tools

# Method title
unlock-mi-phone--unlock-tools--title = Use a third-party { -android } unlock tool (with caution)
# Method summary
unlock-mi-phone--unlock-tools--summary = Various third-party programs, such as Dr.Fone, iToolab UnlockGo, and iMyFone LockWiper (Android), claim to unlock { -android } phones, including { -brand } devices. They generally work as follows.
# Note (caution)
unlock-mi-phone--unlock-tools--scams-malware = Be very careful when choosing a third-party tool. Some might be scams, contain malware, or not work as advertised.
# Note (caution)
unlock-mi-phone--unlock-tools--reputable-sources = Always download software from reputable sources.
# Note (caution)
unlock-mi-phone--unlock-tools--cost = These tools often cost money.
# Note (caution)
unlock-mi-phone--unlock-tools--success-rate = Success rates can vary depending on your phone model and { -android } version.
# Note (warning)
unlock-mi-phone--unlock-tools--data-loss = Many of these tools also perform a factory reset, which erases all data on your phone.
# Step 1 of 3
unlock-mi-phone--unlock-tools--install-software = Download and install the software on your computer.
# Step 2 of 3
unlock-mi-phone--unlock-tools--connect-usb = Connect your { -brand-short } phone to the computer with a USB cable.
# Step 3 of 3
unlock-mi-phone--unlock-tools--follow-instructions = Follow the software’s instructions.

## Method: official-support

# Method title
unlock-mi-phone--official-support--title = Contact { -brand } customer support or a service center
# Method summary
unlock-mi-phone--official-support--summary = If none of the methods above work, or you’re uncomfortable performing these steps yourself, your best option is official { -brand } customer support or an authorized service center. They can often unlock the device, especially if you can provide proof of purchase and ownership.
# Note (caution)
unlock-mi-phone--official-support--safest-option = This is the safest method if you’re worried about damaging your device or losing data, but their process may still require erasing all data on the phone.
# Step 1 of 3
unlock-mi-phone--official-support--gather-proof = If you have them, gather your proof of purchase and proof of ownership of the phone.
# Step 2 of 3
unlock-mi-phone--official-support--contact-support = Contact official { -brand } customer support, or take the phone to an authorized { -brand } service center.
# Step 3 of 3
unlock-mi-phone--official-support--request-unlock = Ask them to unlock the device, and show any proof of purchase and ownership you have.

## Guide notes

# Note (warning)
unlock-mi-phone--data-loss = Most unlocking methods, especially a hard reset, erase all data on your phone. If you have important data, try resetting your { -mi-account } password first, if that applies to your situation.
# Note (info)
unlock-mi-phone--imei = Keep your phone’s IMEI number at hand; it is usually printed on the box or the SIM tray. Service centers and some unlock tools may ask for it.
# Note (tip)
unlock-mi-phone--choose-method = Choose the method that best suits your situation and comfort level. If you’re unsure, start with the { -mi-account } password reset or contact official support.
