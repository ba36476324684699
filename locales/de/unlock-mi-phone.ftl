### German translation of the guide unlock-mi-phone.

# Guide title
unlock-mi-phone--title = So entsperren Sie ein gesperrtes { -brand-short }-Smartphone
# Guide summary
unlock-mi-phone--summary = Ihr { -brand-short }-Smartphone ist gesperrt und Sie haben das Passwort, die PIN oder das Entsperrmuster vergessen – oder sogar die Zugangsdaten für Ihr { -mi-account }? Dann haben Sie mehrere Möglichkeiten.

## Method: hard-reset

# Method title
unlock-mi-phone--hard-reset--title = Hard Reset (Zurücksetzen auf Werkseinstellungen über den { -recovery-mode })
# Method summary
unlock-mi-phone--hard-reset--summary = Dies ist eine der gängigsten und wirksamsten Methoden, allerdings werden dabei alle Daten auf Ihrem Smartphone gelöscht.
# Step 1 of 6
unlock-mi-phone--hard-reset--power-off = Schalten Sie Ihr { -brand-short }-Smartphone vollständig aus.
# Step 2 of 6
unlock-mi-phone--hard-reset--enter-recovery = Halten Sie die Lauter-Taste und die Ein/Aus-Taste gleichzeitig gedrückt, bis das { -brand-short }-Logo auf dem Bildschirm erscheint. Das Smartphone startet dann im { -recovery-mode } (Wiederherstellungsmodus).
# Step 3 of 6
unlock-mi-phone--hard-reset--navigate = Navigieren Sie mit den Lautstärketasten durch das Menü und wählen Sie mit der Ein/Aus-Taste eine Option aus.
# Step 4 of 6
unlock-mi-phone--hard-reset--wipe-data = Wählen Sie „{ -recovery-wipe-data }“ (Daten löschen); auf manchen Geräten heißt der Eintrag „Wipe Data/Factory Reset“.
# Step 5 of 6
unlock-mi-phone--hard-reset--confirm-wipe = Wählen Sie zur Bestätigung „{ -recovery-wipe-all-data }“ (alle Daten löschen).
# Step 6 of 6
unlock-mi-phone--hard-reset--reboot = Wenn der Vorgang abgeschlossen ist, wählen Sie „{ -recovery-reboot }“ (Neustart) und dann „{ -recovery-reboot-to-system }“ (ins System neu starten).
# Note (warning)
unlock-mi-phone--hard-reset--data-loss = Bei einem Hard Reset werden alle Daten auf Ihrem Smartphone gelöscht.
# Note (warning)
unlock-mi-phone--hard-reset--frp-mi-account = Wenn das Smartphone mit einem { -mi-account } verknüpft war, werden Sie nach dem Hard Reset möglicherweise nach dem zugehörigen Passwort gefragt, um das Gerät zu aktivieren (Factory Reset Protection, FRP). Falls Sie das Passwort für Ihr { -mi-account } nicht mehr kennen, fahren Sie mit der nächsten Methode fort.
# Note (warning)
unlock-mi-phone--hard-reset--frp-google = Wenn auf dem Smartphone ein { -google }-Konto synchronisiert war, werden Sie nach dem Zurücksetzen möglicherweise nach dessen Zugangsdaten gefragt (Factory Reset Protection von { -google }). Falls Sie auch das Passwort für Ihr { -google }-Konto vergessen haben, müssen Sie es separat wiederherstellen.

## Method: reset-password

# Method title
unlock-mi-phone--reset-password--title = Passwort für Ihr { -mi-account } zurücksetzen
# Method summary
unlock-mi-phone--reset-password--summary = Wenn Ihr Gerät gesperrt ist, weil Sie das Passwort für Ihr { -mi-account } vergessen haben, setzen Sie das Passwort wie folgt zurück.
# Step 1 of 4
unlock-mi-phone--reset-password--open-reset-page = Rufen Sie auf einem Computer oder einem anderen Gerät die Seite zum Zurücksetzen des { -mi-account }-Passworts auf.
# Step 2 of 4
unlock-mi-phone--reset-password--enter-account = Geben Sie Ihre registrierte Telefonnummer, Ihre E-Mail-Adresse oder Ihre { -mi-account }-ID ein.
# Step 3 of 4
unlock-mi-phone--reset-password--set-new-password = Folgen Sie den Anweisungen auf dem Bildschirm, um einen Bestätigungscode zu erhalten und ein neues Passwort festzulegen.
# Step 4 of 4
unlock-mi-phone--reset-password--unlock-phone = Sobald das Passwort zurückgesetzt ist, geben Sie das neue Passwort auf Ihrem gesperrten { -brand-short }-Smartphone ein, um es zu entsperren.
# Note (tip)
unlock-mi-phone--reset-password--no-access = Wenn Sie keinen Zugriff mehr auf die Telefonnummer oder E-Mail-Adresse haben, die mit Ihrem { -mi-account } verknüpft ist, können Sie versuchen, eine neue Telefonnummer zu verknüpfen, um Ihr Passwort zurückzusetzen (siehe nächste Methode).

## Method: bind-new-number

# Method title
unlock-mi-phone--bind-new-number--title = Neue Telefonnummer verknüpfen, um das Passwort zurückzusetzen
# Method summary
unlock-mi-phone--bind-new-number--summary = Verwenden Sie diese Methode, wenn Sie keinen Zugriff mehr auf die ursprüngliche Telefonnummer oder E-Mail-Adresse haben.
# Step 1 of 7
unlock-mi-phone--bind-new-number--open-id-site = Rufen Sie in einem Webbrowser https://id.mi.com auf.
# Step 2 of 7
unlock-mi-phone--bind-new-number--forgot-password = Wählen Sie „{ -web-forgot-password }“.
# Step 3 of 7
unlock-mi-phone--bind-new-number--enter-account = Geben Sie die Telefonnummer oder E-Mail-Adresse ein, die mit Ihrem { -mi-account } verknüpft ist.
# Step 4 of 7
unlock-mi-phone--bind-new-number--restore-security-info = Wählen Sie „{ -web-restore-security-info }“ (Sicherheitsinformationen wiederherstellen).
# Step 5 of 7
unlock-mi-phone--bind-new-number--get-started = Wählen Sie „{ -web-get-started }“ (Loslegen), um Ihre Telefonnummer für die Kontowiederherstellung zurückzusetzen.
# Step 6 of 7
unlock-mi-phone--bind-new-number--follow-prompts = Folgen Sie den Anweisungen, um die neue Telefonnummer zu verknüpfen.
# Step 7 of 7
unlock-mi-phone--bind-new-number--reset-password = Sobald die neue Telefonnummer verknüpft ist, setzen Sie Ihr Passwort wie in der vorherigen Methode beschrieben zurück.

## Method: unlock-tools

# Method title
unlock-mi-phone--unlock-tools--title = Ein { -android }-Entsperrtool eines Drittanbieters verwenden (mit Vorsicht)
# Method summary
unlock-mi-phone--unlock-tools--summary = Verschiedene Programme von Drittanbietern wie Dr.Fone, iToolab UnlockGo und iMyFone LockWiper (Android) versprechen, { -android }-Smartphones zu entsperren, darunter auch { -brand }-Geräte. In der Regel funktionieren sie wie folgt.
# Step 1 of 3
unlock-mi-phone--unlock-tools--install-software = Laden Sie die Software herunter und installieren Sie sie auf Ihrem Computer.
# Step 2 of 3
unlock-mi-phone--unlock-tools--connect-usb = Verbinden Sie Ihr { -brand-short }-Smartphone über ein USB-Kabel mit dem Computer.
# Step 3 of 3
unlock-mi-phone--unlock-tools--follow-instructions = Folgen Sie den Anweisungen der Software.
# Note (caution)
unlock-mi-phone--unlock-tools--scams-malware = Seien Sie bei der Wahl eines Drittanbieter-Tools sehr vorsichtig. Manche könnten betrügerisch sein, Schadsoftware enthalten oder nicht halten, was sie versprechen.
# Note (caution)
unlock-mi-phone--unlock-tools--reputable-sources = Laden Sie Software immer nur aus vertrauenswürdigen Quellen herunter.
# Note (caution)
unlock-mi-phone--unlock-tools--cost = Diese Tools sind oft kostenpflichtig.
# Note (caution)
unlock-mi-phone--unlock-tools--success-rate = Die Erfolgsquote kann je nach Smartphone-Modell und { -android }-Version variieren.
# Note (warning)
unlock-mi-phone--unlock-tools--data-loss = Viele dieser Tools setzen das Gerät außerdem auf die Werkseinstellungen zurück, wobei alle Daten auf Ihrem Smartphone gelöscht werden.

## Method: official-support

# Method title
unlock-mi-phone--official-support--title = Den { -brand }-Kundendienst oder ein Servicecenter kontaktieren
# Method summary
unlock-mi-phone--official-support--summary = Wenn keine der oben genannten Methoden funktioniert oder Sie sich diese Schritte nicht selbst zutrauen, wenden Sie sich am besten an den offiziellen { -brand }-Kundendienst oder an ein autorisiertes Servicecenter. Dort kann das Gerät oft entsperrt werden, vor allem wenn Sie einen Kauf- und Eigentumsnachweis vorlegen können.
# Step 1 of 3
unlock-mi-phone--official-support--gather-proof = Legen Sie, falls vorhanden, Ihren Kaufbeleg und einen Eigentumsnachweis für das Smartphone bereit.
# Step 2 of 3
unlock-mi-phone--official-support--contact-support = Wenden Sie sich an den offiziellen { -brand }-Kundendienst oder bringen Sie das Smartphone zu einem autorisierten { -brand }-Servicecenter.
# Step 3 of 3
unlock-mi-phone--official-support--request-unlock = Bitten Sie dort darum, das Gerät zu entsperren, und legen Sie alle Kauf- und Eigentumsnachweise vor, die Sie haben.
# Note (caution)
unlock-mi-phone--official-support--safest-option = Dies ist die sicherste Methode, wenn Sie befürchten, Ihr Gerät zu beschädigen oder Daten zu verlieren. Allerdings kann es auch dabei nötig sein, alle Daten auf dem Smartphone zu löschen.

## Guide notes

# Note (warning)
unlock-mi-phone--data-loss = Bei den meisten Entsperrmethoden, vor allem beim Hard Reset, werden alle Daten auf Ihrem Smartphone gelöscht. Wenn Sie wichtige Daten haben, versuchen Sie zuerst, das Passwort für Ihr { -mi-account } zurückzusetzen – sofern das in Ihrer Situation infrage kommt.
# Note (info)
unlock-mi-phone--imei = Halten Sie die IMEI-Nummer Ihres Smartphones bereit; sie steht meist auf der Verpackung oder auf dem SIM-Kartenhalter. Servicecenter und manche Entsperrtools fragen unter Umständen danach.
# Note (tip)
unlock-mi-phone--choose-method = Wählen Sie die Methode, die am besten zu Ihrer Situation passt und mit der Sie sich am wohlsten fühlen. Im Zweifelsfall setzen Sie am besten zuerst das Passwort für Ihr { -mi-account } zurück oder wenden sich an den offiziellen Kundendienst.
