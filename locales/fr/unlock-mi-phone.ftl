### French translation of the guide unlock-mi-phone.

# Guide title
unlock-mi-phone--title = Comment déverrouiller un téléphone { -brand-short } bloqué
# Guide summary
unlock-mi-phone--summary = Votre téléphone { -brand-short } est verrouillé et vous avez oublié son mot de passe, son code PIN ou son schéma, voire les identifiants de votre { -mi-account } ? Plusieurs solutions s’offrent à vous.

## Method: hard-reset

# Method title
unlock-mi-phone--hard-reset--title = Réinitialisation forcée (retour aux paramètres d’usine via le { -recovery-mode })
# Method summary
unlock-mi-phone--hard-reset--summary = C’est l’une des méthodes les plus courantes et les plus efficaces, mais elle effacera toutes les données de votre téléphone.
# Step 1 of 6
unlock-mi-phone--hard-reset--power-off = Éteignez complètement votre téléphone { -brand-short }.
# Step 2 of 6
unlock-mi-phone--hard-reset--enter-recovery = Maintenez enfoncés simultanément la touche Volume + et le bouton d’alimentation jusqu’à ce que le logo { -brand-short } apparaisse à l’écran. Le téléphone démarre alors en { -recovery-mode } (mode de récupération).
# Step 3 of 6
unlock-mi-phone--hard-reset--navigate = Utilisez les touches de volume pour vous déplacer dans le menu et le bouton d’alimentation pour sélectionner une option.
# Step 4 of 6
unlock-mi-phone--hard-reset--wipe-data = Sélectionnez « { -recovery-wipe-data } » (effacer les données) ; sur certains téléphones, l’option s’appelle « Wipe Data/Factory Reset ».
# Step 5 of 6
unlock-mi-phone--hard-reset--confirm-wipe = Sélectionnez « { -recovery-wipe-all-data } » (effacer toutes les données) pour confirmer.
# Step 6 of 6
unlock-mi-phone--hard-reset--reboot = Une fois l’opération terminée, sélectionnez « { -recovery-reboot } » (redémarrer), puis « { -recovery-reboot-to-system } » (redémarrer sur le système).
# Note (warning)
unlock-mi-phone--hard-reset--data-loss = Une réinitialisation forcée efface toutes les données de votre téléphone.
# Note (warning)
unlock-mi-phone--hard-reset--frp-mi-account = Si un { -mi-account } était associé au téléphone, son mot de passe peut vous être demandé pour activer l’appareil après la réinitialisation (protection contre la réinitialisation d’usine, ou FRP). Si vous ne vous souvenez plus du mot de passe de ce { -mi-account }, passez à la méthode suivante.
# Note (warning)
unlock-mi-phone--hard-reset--frp-google = Si un compte { -google } était synchronisé avec le téléphone, ses identifiants peuvent vous être demandés après la réinitialisation (protection contre la réinitialisation d’usine de { -google }). Si vous avez aussi oublié le mot de passe de ce compte { -google }, vous devrez le récupérer séparément.

## Method: reset-password

# Method title
unlock-mi-phone--reset-password--title = Réinitialiser le mot de passe de votre { -mi-account }
# Method summary
unlock-mi-phone--reset-password--summary = Si votre appareil est bloqué parce que vous avez oublié le mot de passe de votre { -mi-account }, réinitialisez-le comme suit.
# Step 1 of 4
unlock-mi-phone--reset-password--open-reset-page = Sur un ordinateur ou un autre appareil, ouvrez la page de réinitialisation du mot de passe du { -mi-account }.
# Step 2 of 4
unlock-mi-phone--reset-password--enter-account = Saisissez le numéro de téléphone ou l’adresse e-mail que vous avez enregistrés, ou l’ID de votre { -mi-account }.
# Step 3 of 4
unlock-mi-phone--reset-password--set-new-password = Suivez les instructions à l’écran pour recevoir un code de vérification et définir un nouveau mot de passe.
# Step 4 of 4
unlock-mi-phone--reset-password--unlock-phone = Une fois le mot de passe réinitialisé, saisissez le nouveau mot de passe sur votre téléphone { -brand-short } verrouillé pour le déverrouiller.
# Note (tip)
unlock-mi-phone--reset-password--no-access = Si vous n’avez plus accès au numéro de téléphone ou à l’adresse e-mail associés à votre { -mi-account }, vous pouvez essayer d’associer un nouveau numéro de téléphone pour réinitialiser votre mot de passe (voir la méthode suivante).

## Method: bind-new-number

# Method title
unlock-mi-phone--bind-new-number--title = Associer un nouveau numéro de téléphone pour réinitialiser le mot de passe
# Method summary
unlock-mi-phone--bind-new-number--summary = Utilisez cette méthode si vous n’avez plus accès au numéro de téléphone ou à l’adresse e-mail d’origine.
# Step 1 of 7
unlock-mi-phone--bind-new-number--open-id-site = Dans un navigateur web, rendez-vous sur https://id.mi.com.
# Step 2 of 7
unlock-mi-phone--bind-new-number--forgot-password = Sélectionnez « { -web-forgot-password } ».
# Step 3 of 7
unlock-mi-phone--bind-new-number--enter-account = Saisissez le numéro de téléphone ou l’adresse e-mail associés à votre { -mi-account }.
# Step 4 of 7
unlock-mi-phone--bind-new-number--restore-security-info = Sélectionnez « { -web-restore-security-info } » (restaurer les informations de sécurité).
# Step 5 of 7
unlock-mi-phone--bind-new-number--get-started = Sélectionnez « { -web-get-started } » (commencer) pour lancer la réinitialisation de votre numéro de téléphone de récupération.
# Step 6 of 7
unlock-mi-phone--bind-new-number--follow-prompts = Suivez les instructions pour associer le nouveau numéro de téléphone.
# Step 7 of 7
unlock-mi-phone--bind-new-number--reset-password = Une fois le nouveau numéro associé, réinitialisez votre mot de passe comme indiqué dans la méthode précédente.

## Method: unlock-tools

# Method title
unlock-mi-phone--unlock-tools--title = Utiliser un outil de déverrouillage { -android } tiers (avec prudence)
# Method summary
unlock-mi-phone--unlock-tools--summary = Divers logiciels tiers, comme Dr.Fone, iToolab UnlockGo ou iMyFone LockWiper (Android), affirment pouvoir déverrouiller les téléphones { -android }, y compris les appareils { -brand }. Voici comment ils fonctionnent en général.
# Step 1 of 3
unlock-mi-phone--unlock-tools--install-software = Téléchargez et installez le logiciel sur votre ordinateur.
# Step 2 of 3
unlock-mi-phone--unlock-tools--connect-usb = Connectez votre téléphone { -brand-short } à l’ordinateur à l’aide d’un câble USB.
# Step 3 of 3
unlock-mi-phone--unlock-tools--follow-instructions = Suivez les instructions du logiciel.
# Note (caution)
unlock-mi-phone--unlock-tools--scams-malware = Faites preuve d’une grande prudence lorsque vous choisissez un outil tiers. Certains peuvent être des arnaques, contenir des logiciels malveillants ou ne pas tenir leurs promesses.
# Note (caution)
unlock-mi-phone--unlock-tools--reputable-sources = Téléchargez toujours vos logiciels depuis des sources fiables.
# Note (caution)
unlock-mi-phone--unlock-tools--cost = Ces outils sont souvent payants.
# Note (caution)
unlock-mi-phone--unlock-tools--success-rate = Le taux de réussite peut varier selon le modèle de votre téléphone et sa version d’{ -android }.
# Note (warning)
unlock-mi-phone--unlock-tools--data-loss = Beaucoup de ces outils procèdent aussi à une réinitialisation d’usine, qui efface toutes les données de votre téléphone.

## Method: official-support

# Method title
unlock-mi-phone--official-support--title = Contacter le service client { -brand } ou un centre de service agréé
# Method summary
unlock-mi-phone--official-support--summary = Si aucune des méthodes ci-dessus ne fonctionne, ou si vous ne vous sentez pas à l’aise pour effectuer ces étapes vous-même, le mieux est de vous adresser au service client officiel de { -brand } ou à un centre de service agréé. Ils peuvent souvent déverrouiller l’appareil, surtout si vous êtes en mesure de fournir une preuve d’achat et un justificatif de propriété.
# Step 1 of 3
unlock-mi-phone--official-support--gather-proof = Rassemblez, si vous les avez, votre preuve d’achat et un justificatif de propriété du téléphone.
# Step 2 of 3
unlock-mi-phone--official-support--contact-support = Contactez le service client officiel de { -brand } ou apportez le téléphone dans un centre de service agréé { -brand }.
# Step 3 of 3
unlock-mi-phone--official-support--request-unlock = Demandez-leur de déverrouiller l’appareil et présentez les preuves d’achat et de propriété dont vous disposez.
# Note (caution)
unlock-mi-phone--official-support--safest-option = C’est la méthode la plus sûre si vous craignez d’endommager votre appareil ou de perdre vos données, mais leur procédure peut tout de même nécessiter l’effacement de toutes les données du téléphone.

## Guide notes

# Note (warning)
unlock-mi-phone--data-loss = La plupart des méthodes de déverrouillage, en particulier la réinitialisation forcée, effacent toutes les données de votre téléphone. Si vous avez des données importantes, essayez d’abord de réinitialiser le mot de passe de votre { -mi-account }, si votre situation le permet.
# Note (info)
unlock-mi-phone--imei = Gardez à portée de main le numéro IMEI de votre téléphone ; il figure généralement sur la boîte ou sur le tiroir SIM. Les centres de service et certains outils de déverrouillage peuvent vous le demander.
# Note (tip)
unlock-mi-phone--choose-method = Choisissez la méthode la mieux adaptée à votre situation et à votre niveau d’aisance. En cas de doute, commencez par réinitialiser le mot de passe de votre { -mi-account } ou contactez le service client officiel.
