### Indonesian translation of the guide unlock-mi-phone.

# Guide title
unlock-mi-phone--title = Cara membuka kunci ponsel { -brand-short } yang terkunci
# Guide summary
unlock-mi-phone--summary = Ponsel { -brand-short } Anda terkunci dan Anda lupa kata sandi, PIN, atau polanya, bahkan detail { -mi-account } Anda? Ada beberapa cara yang bisa Anda coba.

## Method: hard-reset

# Method title
unlock-mi-phone--hard-reset--title = Hard reset (reset pabrik melalui { -recovery-mode })
# Method summary
unlock-mi-phone--hard-reset--summary = Ini adalah salah satu cara yang paling umum dan efektif, tetapi cara ini akan menghapus semua data di ponsel Anda.
# Step 1 of 6
unlock-mi-phone--hard-reset--power-off = Matikan ponsel { -brand-short } Anda sepenuhnya.
# Step 2 of 6
unlock-mi-phone--hard-reset--enter-recovery = Tekan dan tahan tombol Volume Atas dan tombol Daya secara bersamaan hingga logo { -brand-short } muncul di layar. Ponsel akan masuk ke { -recovery-mode }.
# Step 3 of 6
unlock-mi-phone--hard-reset--navigate = Gunakan tombol volume untuk berpindah di menu dan tombol Daya untuk memilih opsi.
# Step 4 of 6
unlock-mi-phone--hard-reset--wipe-data = Pilih “{ -recovery-wipe-data }” (hapus data; di beberapa ponsel tertulis “Wipe Data/Factory Reset”).
# Step 5 of 6
unlock-mi-phone--hard-reset--confirm-wipe = Pilih “{ -recovery-wipe-all-data }” (hapus semua data) untuk mengonfirmasi.
# Step 6 of 6
unlock-mi-phone--hard-reset--reboot = Setelah prosesnya selesai, pilih “{ -recovery-reboot }” (mulai ulang), lalu “{ -recovery-reboot-to-system }” (mulai ulang ke sistem).
# Note (warning)
unlock-mi-phone--hard-reset--data-loss = Hard reset akan menghapus semua data di ponsel Anda.
# Note (warning)
unlock-mi-phone--hard-reset--frp-mi-account = Jika ponsel ditautkan ke { -mi-account }, setelah hard reset Anda mungkin diminta memasukkan kata sandi akun tersebut untuk mengaktifkan perangkat (Factory Reset Protection, FRP). Jika Anda tidak ingat kata sandi { -mi-account } tersebut, lanjutkan ke cara berikutnya.
# Note (warning)
unlock-mi-phone--hard-reset--frp-google = Jika ada akun { -google } yang disinkronkan di ponsel, setelah reset pabrik Anda mungkin diminta memasukkan info login akun tersebut ({ -google } Factory Reset Protection). Jika Anda juga lupa kata sandi akun { -google }, Anda perlu memulihkannya secara terpisah.

## Method: reset-password

# Method title
unlock-mi-phone--reset-password--title = Reset kata sandi { -mi-account } Anda
# Method summary
unlock-mi-phone--reset-password--summary = Jika perangkat Anda terkunci karena Anda lupa kata sandi { -mi-account }, reset kata sandinya dengan langkah-langkah berikut.
# Step 1 of 4
unlock-mi-phone--reset-password--open-reset-page = Di komputer atau perangkat lain, buka halaman reset kata sandi { -mi-account }.
# Step 2 of 4
unlock-mi-phone--reset-password--enter-account = Masukkan nomor telepon atau alamat email yang terdaftar, atau ID { -mi-account } Anda.
# Step 3 of 4
unlock-mi-phone--reset-password--set-new-password = Ikuti petunjuk di layar untuk menerima kode verifikasi dan membuat kata sandi baru.
# Step 4 of 4
unlock-mi-phone--reset-password--unlock-phone = Setelah kata sandi berhasil direset, masukkan kata sandi baru itu di ponsel { -brand-short } yang terkunci untuk membukanya.
# Note (tip)
unlock-mi-phone--reset-password--no-access = Jika Anda tidak lagi memiliki akses ke nomor telepon atau alamat email yang tertaut ke { -mi-account } Anda, coba tautkan nomor telepon baru untuk mereset kata sandi (lihat cara berikutnya).

## Method: bind-new-number

# Method title
unlock-mi-phone--bind-new-number--title = Tautkan nomor telepon baru untuk mereset kata sandi
# Method summary
unlock-mi-phone--bind-new-number--summary = Gunakan cara ini jika Anda tidak lagi memiliki akses ke nomor telepon atau alamat email semula.
# Step 1 of 7
unlock-mi-phone--bind-new-number--open-id-site = Buka https://id.mi.com di browser web.
# Step 2 of 7
unlock-mi-phone--bind-new-number--forgot-password = Pilih “{ -web-forgot-password }”.
# Step 3 of 7
unlock-mi-phone--bind-new-number--enter-account = Masukkan nomor telepon atau alamat email yang tertaut ke { -mi-account } Anda.
# Step 4 of 7
unlock-mi-phone--bind-new-number--restore-security-info = Pilih “{ -web-restore-security-info }” (pulihkan info keamanan).
# Step 5 of 7
unlock-mi-phone--bind-new-number--get-started = Pilih “{ -web-get-started }” (mulai) untuk mulai mereset nomor telepon pemulihan Anda.
# Step 6 of 7
unlock-mi-phone--bind-new-number--follow-prompts = Ikuti petunjuk yang muncul untuk menautkan nomor telepon baru.
# Step 7 of 7
unlock-mi-phone--bind-new-number--reset-password = Setelah nomor telepon baru tertaut, reset kata sandi Anda seperti yang dijelaskan pada cara sebelumnya.

## Method: unlock-tools

# Method title
unlock-mi-phone--unlock-tools--title = Gunakan alat pembuka kunci { -android } pihak ketiga (dengan hati-hati)
# Method summary
unlock-mi-phone--unlock-tools--summary = Berbagai program pihak ketiga, seperti Dr.Fone, iToolab UnlockGo, dan iMyFone LockWiper (Android), mengklaim dapat membuka kunci ponsel { -android }, termasuk perangkat { -brand }. Umumnya, cara kerjanya seperti berikut.
# Step 1 of 3
unlock-mi-phone--unlock-tools--install-software = Unduh dan instal programnya di komputer Anda.
# Step 2 of 3
unlock-mi-phone--unlock-tools--connect-usb = Hubungkan ponsel { -brand-short } Anda ke komputer menggunakan kabel USB.
# Step 3 of 3
unlock-mi-phone--unlock-tools--follow-instructions = Ikuti petunjuk dari program tersebut.
# Note (caution)
unlock-mi-phone--unlock-tools--scams-malware = Anda harus sangat berhati-hati saat memilih alat pihak ketiga. Sebagian di antaranya mungkin merupakan penipuan, mengandung malware, atau tidak bekerja seperti yang diiklankan.
# Note (caution)
unlock-mi-phone--unlock-tools--reputable-sources = Selalu unduh program dari sumber tepercaya.
# Note (caution)
unlock-mi-phone--unlock-tools--cost = Alat-alat ini sering kali berbayar.
# Note (caution)
unlock-mi-phone--unlock-tools--success-rate = Tingkat keberhasilannya bisa berbeda-beda, tergantung model ponsel dan versi { -android } Anda.
# Note (warning)
unlock-mi-phone--unlock-tools--data-loss = Banyak di antara alat ini juga melakukan reset pabrik, yang menghapus semua data di ponsel Anda.

## Method: official-support

# Method title
unlock-mi-phone--official-support--title = Hubungi layanan pelanggan { -brand } atau pusat servis
# Method summary
unlock-mi-phone--official-support--summary = Jika tidak ada satu pun cara di atas yang berhasil, atau Anda merasa kurang yakin untuk melakukan langkah-langkah ini sendiri, pilihan terbaik adalah menghubungi layanan pelanggan resmi { -brand } atau pusat servis resmi. Mereka sering kali dapat membuka kunci perangkat, terutama jika Anda bisa menunjukkan bukti pembelian dan bukti kepemilikan.
# Step 1 of 3
unlock-mi-phone--official-support--gather-proof = Jika ada, siapkan bukti pembelian dan bukti kepemilikan ponsel Anda.
# Step 2 of 3
unlock-mi-phone--official-support--contact-support = Hubungi layanan pelanggan resmi { -brand }, atau bawa ponsel Anda ke pusat servis resmi { -brand }.
# Step 3 of 3
unlock-mi-phone--official-support--request-unlock = Minta petugas membuka kunci perangkat, lalu tunjukkan bukti pembelian dan kepemilikan yang Anda miliki.
# Note (caution)
unlock-mi-phone--official-support--safest-option = Ini adalah cara paling aman jika Anda khawatir merusak perangkat atau kehilangan data, tetapi prosesnya tetap mungkin mengharuskan semua data di ponsel dihapus.

## Guide notes

# Note (warning)
unlock-mi-phone--data-loss = Sebagian besar cara membuka kunci, terutama hard reset, akan menghapus semua data di ponsel Anda. Jika ada data penting, coba reset kata sandi { -mi-account } terlebih dahulu, jika cara itu sesuai dengan situasi Anda.
# Note (info)
unlock-mi-phone--imei = Siapkan nomor IMEI ponsel Anda; biasanya nomor ini tercetak di kotak ponsel atau di baki SIM. Pusat servis dan beberapa alat pembuka kunci mungkin akan memintanya.
# Note (tip)
unlock-mi-phone--choose-method = Pilih cara yang paling sesuai dengan situasi dan tingkat kenyamanan Anda. Jika ragu, mulailah dengan mereset kata sandi { -mi-account } atau hubungi layanan pelanggan resmi.
