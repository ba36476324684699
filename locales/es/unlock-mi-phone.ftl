### Spanish translation of the guide unlock-mi-phone.
### Vocabulary of Spain, the default for `es`: ordenador (not computadora), pulsar (not presionar),
### has olvidado (not olvidaste), servicio técnico (not centro de servicio).

# Guide title
unlock-mi-phone--title = Cómo desbloquear un teléfono { -brand-short } si está bloqueado
# Guide summary
unlock-mi-phone--summary = ¿Tu teléfono { -brand-short } está bloqueado y no recuerdas la contraseña, el PIN o el patrón, ni siquiera los datos de tu { -mi-account }? Tienes varias opciones.

## Method: hard-reset

# Method title
unlock-mi-phone--hard-reset--title = Restablecimiento de fábrica (hard reset) desde { -recovery-mode }
# Method summary
unlock-mi-phone--hard-reset--summary = Es uno de los métodos más habituales y eficaces, pero borrará todos los datos del teléfono.
# Step 1 of 6
unlock-mi-phone--hard-reset--power-off = Apaga por completo tu teléfono { -brand-short }.
# Step 2 of 6
unlock-mi-phone--hard-reset--enter-recovery = Mantén pulsados a la vez el botón de subir volumen y el botón de encendido hasta que aparezca el logotipo de { -brand-short } en la pantalla. El teléfono se iniciará en { -recovery-mode } (modo de recuperación).
# Step 3 of 6
unlock-mi-phone--hard-reset--navigate = Muévete por el menú con los botones de volumen y usa el botón de encendido para seleccionar una opción.
# Step 4 of 6
unlock-mi-phone--hard-reset--wipe-data = Selecciona «{ -recovery-wipe-data }» (borrar datos); en algunos teléfonos aparece como «Wipe Data/Factory Reset».
# Step 5 of 6
unlock-mi-phone--hard-reset--confirm-wipe = Selecciona «{ -recovery-wipe-all-data }» (borrar todos los datos) para confirmar.
# Step 6 of 6
unlock-mi-phone--hard-reset--reboot = Cuando termine el proceso, selecciona «{ -recovery-reboot }» (reiniciar) y luego «{ -recovery-reboot-to-system }» (reiniciar en el sistema).
# Note (warning)
unlock-mi-phone--hard-reset--data-loss = El restablecimiento de fábrica borra todos los datos del teléfono.
# Note (warning)
unlock-mi-phone--hard-reset--frp-mi-account = Si el teléfono estaba vinculado a una { -mi-account }, es posible que después del restablecimiento te pida su contraseña para activar el dispositivo (protección contra el restablecimiento de fábrica, FRP). Si no recuerdas la contraseña de la { -mi-account }, pasa al siguiente método.
# Note (warning)
unlock-mi-phone--hard-reset--frp-google = Si tenías una cuenta de { -google } sincronizada en el teléfono, es posible que te pida sus credenciales después del restablecimiento (protección contra el restablecimiento de fábrica de { -google }). Si tampoco recuerdas la contraseña de tu cuenta de { -google }, tendrás que recuperarla por separado.

## Method: reset-password

# Method title
unlock-mi-phone--reset-password--title = Restablece la contraseña de tu { -mi-account }
# Method summary
unlock-mi-phone--reset-password--summary = Si el dispositivo está bloqueado porque has olvidado la contraseña de tu { -mi-account }, restablécela siguiendo estos pasos.
# Step 1 of 4
unlock-mi-phone--reset-password--open-reset-page = Desde un ordenador u otro dispositivo, abre la página para restablecer la contraseña de la { -mi-account }.
# Step 2 of 4
unlock-mi-phone--reset-password--enter-account = Escribe tu número de teléfono registrado, tu dirección de correo electrónico o el ID de tu { -mi-account }.
# Step 3 of 4
unlock-mi-phone--reset-password--set-new-password = Sigue las instrucciones de la pantalla para recibir un código de verificación y crear una contraseña nueva.
# Step 4 of 4
unlock-mi-phone--reset-password--unlock-phone = Una vez restablecida la contraseña, escribe la nueva en tu teléfono { -brand-short } bloqueado para desbloquearlo.
# Note (tip)
unlock-mi-phone--reset-password--no-access = Si ya no tienes acceso al número de teléfono ni a la dirección de correo electrónico vinculados a tu { -mi-account }, puedes intentar vincular un número de teléfono nuevo para restablecer la contraseña (consulta el siguiente método).

## Method: bind-new-number

# Method title
unlock-mi-phone--bind-new-number--title = Vincula un número de teléfono nuevo para restablecer la contraseña
# Method summary
unlock-mi-phone--bind-new-number--summary = Usa este método si ya no tienes acceso al número de teléfono ni a la dirección de correo electrónico originales.
# Step 1 of 7
unlock-mi-phone--bind-new-number--open-id-site = Abre https://id.mi.com en un navegador web.
# Step 2 of 7
unlock-mi-phone--bind-new-number--forgot-password = Selecciona «{ -web-forgot-password }» (he olvidado la contraseña).
# Step 3 of 7
unlock-mi-phone--bind-new-number--enter-account = Escribe el número de teléfono o la dirección de correo electrónico vinculados a tu { -mi-account }.
# Step 4 of 7
unlock-mi-phone--bind-new-number--restore-security-info = Selecciona «{ -web-restore-security-info }» (restaurar la información de seguridad).
# Step 5 of 7
unlock-mi-phone--bind-new-number--get-started = Selecciona «{ -web-get-started }» (empezar) para iniciar el restablecimiento de tu número de teléfono de recuperación.
# Step 6 of 7
unlock-mi-phone--bind-new-number--follow-prompts = Sigue las indicaciones para vincular el número de teléfono nuevo.
# Step 7 of 7
unlock-mi-phone--bind-new-number--reset-password = Cuando hayas vinculado el número nuevo, restablece la contraseña como se explica en el método anterior.

## Method: unlock-tools

# Method title
unlock-mi-phone--unlock-tools--title = Usa una herramienta de desbloqueo de { -android } de terceros (con precaución)
# Method summary
unlock-mi-phone--unlock-tools--summary = Varios programas de terceros, como Dr.Fone, iToolab UnlockGo o iMyFone LockWiper (Android), aseguran que pueden desbloquear teléfonos { -android }, incluidos los dispositivos { -brand }. Por lo general, funcionan así.
# Step 1 of 3
unlock-mi-phone--unlock-tools--install-software = Descarga e instala el programa en tu ordenador.
# Step 2 of 3
unlock-mi-phone--unlock-tools--connect-usb = Conecta tu teléfono { -brand-short } al ordenador con un cable USB.
# Step 3 of 3
unlock-mi-phone--unlock-tools--follow-instructions = Sigue las instrucciones del programa.
# Note (caution)
unlock-mi-phone--unlock-tools--scams-malware = Ten mucho cuidado al elegir una herramienta de terceros. Algunas podrían ser estafas, contener malware o no funcionar como prometen.
# Note (caution)
unlock-mi-phone--unlock-tools--reputable-sources = Descarga siempre los programas de fuentes de confianza.
# Note (caution)
unlock-mi-phone--unlock-tools--cost = Estas herramientas suelen ser de pago.
# Note (caution)
unlock-mi-phone--unlock-tools--success-rate = La tasa de éxito puede variar según el modelo del teléfono y la versión de { -android }.
# Note (warning)
unlock-mi-phone--unlock-tools--data-loss = Muchas de estas herramientas también restablecen el teléfono a los valores de fábrica, lo que borra todos sus datos.

## Method: official-support

# Method title
unlock-mi-phone--official-support--title = Ponte en contacto con el soporte de { -brand } o con un servicio técnico
# Method summary
unlock-mi-phone--official-support--summary = Si ninguno de los métodos anteriores funciona o prefieres no hacer estos pasos por tu cuenta, lo mejor es acudir al soporte técnico oficial de { -brand } o a un servicio técnico autorizado. A menudo pueden desbloquear el dispositivo, sobre todo si presentas un comprobante de compra y demuestras que el teléfono es tuyo.
# Step 1 of 3
unlock-mi-phone--official-support--gather-proof = Si los tienes, reúne el comprobante de compra y los documentos que acrediten que el teléfono es tuyo.
# Step 2 of 3
unlock-mi-phone--official-support--contact-support = Ponte en contacto con el soporte técnico oficial de { -brand } o lleva el teléfono a un servicio técnico autorizado de { -brand }.
# Step 3 of 3
unlock-mi-phone--official-support--request-unlock = Pide que desbloqueen el dispositivo y muestra el comprobante de compra y los documentos de propiedad que tengas.
# Note (caution)
unlock-mi-phone--official-support--safest-option = Es el método más seguro si te preocupa dañar el dispositivo o perder datos, aunque es posible que su procedimiento también requiera borrar todos los datos del teléfono.

## Guide notes

# Note (warning)
unlock-mi-phone--data-loss = La mayoría de los métodos de desbloqueo, sobre todo el restablecimiento de fábrica, borran todos los datos del teléfono. Si tienes datos importantes, intenta primero restablecer la contraseña de tu { -mi-account }, si es tu caso.
# Note (info)
unlock-mi-phone--imei = Ten a mano el número IMEI del teléfono; suele estar impreso en la caja o en la bandeja de la SIM. Los servicios técnicos y algunas herramientas de desbloqueo pueden pedírtelo.
# Note (tip)
unlock-mi-phone--choose-method = Elige el método que mejor se adapte a tu situación y con el que te sientas más a gusto. Si tienes dudas, empieza por restablecer la contraseña de tu { -mi-account } o ponte en contacto con el soporte oficial.
