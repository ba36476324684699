### Brazilian Portuguese translation of the guide unlock-mi-phone.

# Guide title
unlock-mi-phone--title = Como desbloquear um celular { -brand-short } bloqueado
# Guide summary
unlock-mi-phone--summary = Seu celular { -brand-short } está bloqueado e você não lembra a senha, o PIN ou o padrão, nem mesmo os dados da sua { -mi-account }? Ainda há várias coisas que você pode fazer.

## Method: hard-reset

# Method title
unlock-mi-phone--hard-reset--title = Hard reset (redefinição de fábrica pelo { -recovery-mode })
# Method summary
unlock-mi-phone--hard-reset--summary = Este é um dos métodos mais comuns e eficazes, mas vai apagar todos os dados do seu celular.
# Step 1 of 6
unlock-mi-phone--hard-reset--power-off = Desligue completamente o seu celular { -brand-short }.
# Step 2 of 6
unlock-mi-phone--hard-reset--enter-recovery = Mantenha pressionados ao mesmo tempo o botão de aumentar volume e o botão liga/desliga até aparecer o logo { -brand-short } na tela. O celular vai iniciar no { -recovery-mode } (modo de recuperação).
# Step 3 of 6
unlock-mi-phone--hard-reset--navigate = Use os botões de volume para navegar pelo menu e o botão liga/desliga para selecionar uma opção.
# Step 4 of 6
unlock-mi-phone--hard-reset--wipe-data = Selecione “{ -recovery-wipe-data }” (apagar dados); em alguns aparelhos, a opção aparece como “Wipe Data/Factory Reset”.
# Step 5 of 6
unlock-mi-phone--hard-reset--confirm-wipe = Selecione “{ -recovery-wipe-all-data }” (apagar todos os dados) para confirmar.
# Step 6 of 6
unlock-mi-phone--hard-reset--reboot = Quando o processo terminar, selecione “{ -recovery-reboot }” (reiniciar) e depois “{ -recovery-reboot-to-system }” (reiniciar no sistema).
# Note (warning)
unlock-mi-phone--hard-reset--data-loss = O hard reset apaga todos os dados do celular.
# Note (warning)
unlock-mi-phone--hard-reset--frp-mi-account = Se o celular estava vinculado a uma { -mi-account }, ele pode pedir a senha dessa conta para ser ativado depois do hard reset (proteção contra redefinição de fábrica, FRP). Se você não lembra a senha da { -mi-account }, passe para o próximo método.
# Note (warning)
unlock-mi-phone--hard-reset--frp-google = Se havia uma conta do { -google } sincronizada no celular, ele pode pedir as credenciais dessa conta depois da redefinição de fábrica (proteção contra redefinição de fábrica do { -google }). Se você também esqueceu a senha da sua conta do { -google }, vai precisar recuperá-la separadamente.

## Method: reset-password

# Method title
unlock-mi-phone--reset-password--title = Redefina a senha da sua { -mi-account }
# Method summary
unlock-mi-phone--reset-password--summary = Se o aparelho está bloqueado porque você esqueceu a senha da sua { -mi-account }, redefina a senha seguindo os passos abaixo.
# Step 1 of 4
unlock-mi-phone--reset-password--open-reset-page = Em um computador ou outro aparelho, acesse a página de redefinição de senha da { -mi-account }.
# Step 2 of 4
unlock-mi-phone--reset-password--enter-account = Digite o número de telefone cadastrado, o endereço de e-mail ou o ID da sua { -mi-account }.
# Step 3 of 4
unlock-mi-phone--reset-password--set-new-password = Siga as instruções na tela para receber um código de verificação e criar uma nova senha.
# Step 4 of 4
unlock-mi-phone--reset-password--unlock-phone = Depois de redefinir a senha, digite a nova senha no seu celular { -brand-short } bloqueado para desbloqueá-lo.
# Note (tip)
unlock-mi-phone--reset-password--no-access = Se você não tem mais acesso ao número de telefone ou ao e-mail vinculados à sua { -mi-account }, pode tentar vincular um novo número de telefone para redefinir a senha (veja o próximo método).

## Method: bind-new-number

# Method title
unlock-mi-phone--bind-new-number--title = Vincule um novo número de telefone para redefinir a senha
# Method summary
unlock-mi-phone--bind-new-number--summary = Use este método se você não tem mais acesso ao número de telefone ou ao endereço de e-mail originais.
# Step 1 of 7
unlock-mi-phone--bind-new-number--open-id-site = Acesse https://id.mi.com em um navegador.
# Step 2 of 7
unlock-mi-phone--bind-new-number--forgot-password = Selecione “{ -web-forgot-password }” (esqueci a senha).
# Step 3 of 7
unlock-mi-phone--bind-new-number--enter-account = Digite o número de telefone ou o e-mail vinculado à sua { -mi-account }.
# Step 4 of 7
unlock-mi-phone--bind-new-number--restore-security-info = Selecione “{ -web-restore-security-info }” (restaurar informações de segurança).
# Step 5 of 7
unlock-mi-phone--bind-new-number--get-started = Selecione “{ -web-get-started }” (começar) para iniciar a redefinição do seu número de telefone de recuperação.
# Step 6 of 7
unlock-mi-phone--bind-new-number--follow-prompts = Siga as instruções para vincular o novo número de telefone.
# Step 7 of 7
unlock-mi-phone--bind-new-number--reset-password = Depois de vincular o novo número, redefina a senha como explicado no método anterior.

## Method: unlock-tools

# Method title
unlock-mi-phone--unlock-tools--title = Use uma ferramenta de desbloqueio de { -android } de terceiros (com cautela)
# Method summary
unlock-mi-phone--unlock-tools--summary = Vários programas de terceiros, como Dr.Fone, iToolab UnlockGo e iMyFone LockWiper (Android), prometem desbloquear celulares { -android }, inclusive aparelhos { -brand }. Em geral, eles funcionam assim.
# Step 1 of 3
unlock-mi-phone--unlock-tools--install-software = Baixe e instale o programa no seu computador.
# Step 2 of 3
unlock-mi-phone--unlock-tools--connect-usb = Conecte o seu celular { -brand-short } ao computador com um cabo USB.
# Step 3 of 3
unlock-mi-phone--unlock-tools--follow-instructions = Siga as instruções do programa.
# Note (caution)
unlock-mi-phone--unlock-tools--scams-malware = Tenha muito cuidado ao escolher uma ferramenta de terceiros. Algumas podem ser golpes, conter malware ou não funcionar como anunciado.
# Note (caution)
unlock-mi-phone--unlock-tools--reputable-sources = Baixe programas sempre de fontes confiáveis.
# Note (caution)
unlock-mi-phone--unlock-tools--cost = Essas ferramentas costumam ser pagas.
# Note (caution)
unlock-mi-phone--unlock-tools--success-rate = A taxa de sucesso pode variar de acordo com o modelo do celular e a versão do { -android }.
# Note (warning)
unlock-mi-phone--unlock-tools--data-loss = Muitas dessas ferramentas também fazem uma redefinição de fábrica, que apaga todos os dados do celular.

## Method: official-support

# Method title
unlock-mi-phone--official-support--title = Entre em contato com o suporte da { -brand } ou com uma assistência técnica
# Method summary
unlock-mi-phone--official-support--summary = Se nenhum dos métodos acima funcionar ou se você preferir não fazer esses passos por conta própria, a melhor opção é recorrer ao suporte oficial da { -brand } ou a uma assistência técnica autorizada. Muitas vezes eles conseguem desbloquear o aparelho, principalmente se você apresentar o comprovante de compra e provar que o celular é seu.
# Step 1 of 3
unlock-mi-phone--official-support--gather-proof = Se você tiver, separe o comprovante de compra e um documento que prove que o celular é seu.
# Step 2 of 3
unlock-mi-phone--official-support--contact-support = Entre em contato com o suporte oficial da { -brand } ou leve o celular a uma assistência técnica autorizada { -brand }.
# Step 3 of 3
unlock-mi-phone--official-support--request-unlock = Peça o desbloqueio do aparelho e apresente os comprovantes de compra e de propriedade que você tiver.
# Note (caution)
unlock-mi-phone--official-support--safest-option = Este é o método mais seguro se você tem medo de danificar o aparelho ou perder dados, mas o procedimento deles ainda pode exigir que todos os dados do celular sejam apagados.

## Guide notes

# Note (warning)
unlock-mi-phone--data-loss = A maioria dos métodos de desbloqueio, principalmente o hard reset, apaga todos os dados do celular. Se você tem dados importantes, tente primeiro redefinir a senha da sua { -mi-account }, se isso se aplicar ao seu caso.
# Note (info)
unlock-mi-phone--imei = Tenha à mão o número IMEI do celular; ele costuma estar impresso na caixa ou na gaveta do chip. Assistências técnicas e algumas ferramentas de desbloqueio podem pedir esse número.
# Note (tip)
unlock-mi-phone--choose-method = Escolha o método mais adequado à sua situação e com o qual você se sinta mais à vontade. Se estiver em dúvida, comece redefinindo a senha da sua { -mi-account } ou entre em contato com o suporte oficial.
