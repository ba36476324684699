### Russian translation of the guide unlock-mi-phone.

# Guide title
unlock-mi-phone--title = Как разблокировать заблокированный телефон { -brand-short }
# Guide summary
unlock-mi-phone--summary = Ваш телефон { -brand-short } заблокирован, а вы не помните пароль, PIN-код или графический ключ — или даже данные для входа в { -mi-account }? Есть несколько способов решить проблему.

## Method: hard-reset

# Method title
unlock-mi-phone--hard-reset--title = Жёсткий сброс (сброс до заводских настроек через { -recovery-mode })
# Method summary
unlock-mi-phone--hard-reset--summary = Это один из самых распространённых и действенных способов, но он удалит с телефона все данные.
# Step 1 of 6
unlock-mi-phone--hard-reset--power-off = Полностью выключите телефон { -brand-short }.
# Step 2 of 6
unlock-mi-phone--hard-reset--enter-recovery = Одновременно нажмите и удерживайте кнопку увеличения громкости и кнопку питания, пока на экране не появится логотип { -brand-short }. Телефон перейдёт в { -recovery-mode }.
# Step 3 of 6
unlock-mi-phone--hard-reset--navigate = Перемещайтесь по меню кнопками громкости, а чтобы выбрать пункт, нажимайте кнопку питания.
# Step 4 of 6
unlock-mi-phone--hard-reset--wipe-data = Выберите «{ -recovery-wipe-data }» (очистить данные; на некоторых телефонах пункт называется «Wipe Data/Factory Reset»).
# Step 5 of 6
unlock-mi-phone--hard-reset--confirm-wipe = Для подтверждения выберите «{ -recovery-wipe-all-data }» (удалить все данные).
# Step 6 of 6
unlock-mi-phone--hard-reset--reboot = Когда процесс завершится, выберите «{ -recovery-reboot }» (перезагрузить), а затем «{ -recovery-reboot-to-system }» (перезагрузить в систему).
# Note (warning)
unlock-mi-phone--hard-reset--data-loss = Жёсткий сброс удаляет с телефона все данные.
# Note (warning)
unlock-mi-phone--hard-reset--frp-mi-account = Если к телефону был привязан { -mi-account }, после жёсткого сброса для активации устройства может потребоваться пароль от него (защита от сброса до заводских настроек, FRP). Если вы не помните пароль от { -mi-account(case: "genitive") }, переходите к следующему способу.
# Note (warning)
unlock-mi-phone--hard-reset--frp-google = Если телефон был синхронизирован с аккаунтом { -google }, после сброса до заводских настроек может потребоваться ввести данные этого аккаунта (защита { -google } от сброса до заводских настроек, Factory Reset Protection). Если пароль от аккаунта { -google } вы тоже забыли, его придётся восстанавливать отдельно.

## Method: reset-password

# Method title
unlock-mi-phone--reset-password--title = Сброс пароля от { -mi-account(case: "genitive") }
# Method summary
unlock-mi-phone--reset-password--summary = Если устройство заблокировано, потому что вы забыли пароль от { -mi-account(case: "genitive") }, сбросьте пароль, как описано ниже.
# Step 1 of 4
unlock-mi-phone--reset-password--open-reset-page = На компьютере или другом устройстве откройте страницу сброса пароля от { -mi-account(case: "genitive") }.
# Step 2 of 4
unlock-mi-phone--reset-password--enter-account = Введите номер телефона или адрес электронной почты, указанные при регистрации, либо ID { -mi-account(case: "genitive") }.
# Step 3 of 4
unlock-mi-phone--reset-password--set-new-password = Следуйте инструкциям на экране: получите код подтверждения и задайте новый пароль.
# Step 4 of 4
unlock-mi-phone--reset-password--unlock-phone = Когда пароль будет сброшен, введите новый пароль на заблокированном телефоне { -brand-short }, чтобы разблокировать его.
# Note (tip)
unlock-mi-phone--reset-password--no-access = Если у вас больше нет доступа к номеру телефона или адресу электронной почты, привязанным к вашему { -mi-account(case: "dative") }, попробуйте привязать новый номер телефона и сбросить пароль (см. следующий способ).

## Method: bind-new-number

# Method title
unlock-mi-phone--bind-new-number--title = Привязка нового номера телефона для сброса пароля
# Method summary
unlock-mi-phone--bind-new-number--summary = Воспользуйтесь этим способом, если у вас больше нет доступа к прежнему номеру телефона или адресу электронной почты.
# Step 1 of 7
unlock-mi-phone--bind-new-number--open-id-site = Откройте в браузере сайт https://id.mi.com.
# Step 2 of 7
unlock-mi-phone--bind-new-number--forgot-password = Нажмите «{ -web-forgot-password }».
# Step 3 of 7
unlock-mi-phone--bind-new-number--enter-account = Введите номер телефона или адрес электронной почты, привязанные к вашему { -mi-account(case: "dative") }.
# Step 4 of 7
unlock-mi-phone--bind-new-number--restore-security-info = Нажмите «{ -web-restore-security-info }» (восстановить данные безопасности).
# Step 5 of 7
unlock-mi-phone--bind-new-number--get-started = Нажмите «{ -web-get-started }» (начать), чтобы перейти к смене номера телефона для восстановления.
# Step 6 of 7
unlock-mi-phone--bind-new-number--follow-prompts = Следуйте подсказкам, чтобы привязать новый номер телефона.
# Step 7 of 7
unlock-mi-phone--bind-new-number--reset-password = Когда новый номер будет привязан, сбросьте пароль, как описано в предыдущем способе.

## Method: unlock-tools

# Method title
unlock-mi-phone--unlock-tools--title = Сторонние программы для разблокировки телефонов на { -android } (используйте с осторожностью)
# Method summary
unlock-mi-phone--unlock-tools--summary = Разные сторонние программы — например, Dr.Fone, iToolab UnlockGo и iMyFone LockWiper (Android) — обещают разблокировать телефоны на { -android }, в том числе устройства { -brand }. Обычно они работают так.
# Step 1 of 3
unlock-mi-phone--unlock-tools--install-software = Скачайте программу и установите её на компьютер.
# Step 2 of 3
unlock-mi-phone--unlock-tools--connect-usb = Подключите телефон { -brand-short } к компьютеру с помощью USB-кабеля.
# Step 3 of 3
unlock-mi-phone--unlock-tools--follow-instructions = Следуйте инструкциям программы.
# Note (caution)
unlock-mi-phone--unlock-tools--scams-malware = Очень внимательно выбирайте стороннюю программу. Некоторые из них могут оказаться мошенническими, содержать вредоносное ПО или работать не так, как обещано.
# Note (caution)
unlock-mi-phone--unlock-tools--reputable-sources = Скачивайте программы только из надёжных источников.
# Note (caution)
unlock-mi-phone--unlock-tools--cost = Такие программы часто платные.
# Note (caution)
unlock-mi-phone--unlock-tools--success-rate = Вероятность успеха может различаться в зависимости от модели телефона и версии { -android }.
# Note (warning)
unlock-mi-phone--unlock-tools--data-loss = Многие из этих программ также выполняют сброс до заводских настроек, а значит, удаляют с телефона все данные.

## Method: official-support

# Method title
unlock-mi-phone--official-support--title = Обращение в службу поддержки { -brand } или сервисный центр
# Method summary
unlock-mi-phone--official-support--summary = Если ни один из способов выше не помог или вы не хотите выполнять эти действия сами, лучше всего обратиться в официальную службу поддержки { -brand } или в авторизованный сервисный центр. Там часто могут разблокировать устройство, особенно если у вас есть документы, подтверждающие покупку и право собственности.
# Step 1 of 3
unlock-mi-phone--official-support--gather-proof = Если у вас есть документы, подтверждающие покупку телефона и право собственности на него, подготовьте их.
# Step 2 of 3
unlock-mi-phone--official-support--contact-support = Обратитесь в официальную службу поддержки { -brand } или отнесите телефон в авторизованный сервисный центр { -brand }.
# Step 3 of 3
unlock-mi-phone--official-support--request-unlock = Попросите разблокировать устройство и предъявите документы о покупке и праве собственности, если они у вас есть.
# Note (caution)
unlock-mi-phone--official-support--safest-option = Это самый безопасный способ, если вы боитесь повредить устройство или потерять данные. Но учтите: даже в сервисе для разблокировки может понадобиться удалить с телефона все данные.

## Guide notes

# Note (warning)
unlock-mi-phone--data-loss = Большинство способов разблокировки, особенно жёсткий сброс, удаляют с телефона все данные. Если на нём есть важные данные, сначала попробуйте сбросить пароль от { -mi-account(case: "genitive") } — если этот вариант подходит в вашей ситуации.
# Note (info)
unlock-mi-phone--imei = Держите под рукой номер IMEI телефона: обычно он указан на коробке или на лотке SIM-карты. Его могут запросить сервисные центры и некоторые программы для разблокировки.
# Note (tip)
unlock-mi-phone--choose-method = Выберите способ, который лучше всего подходит для вашей ситуации и с которым вы чувствуете себя уверенно. Если сомневаетесь, начните со сброса пароля от { -mi-account(case: "genitive") } или обратитесь в официальную поддержку.
