### Arabic translation of the guide unlock-mi-phone.

# Guide title
unlock-mi-phone--title = كيف تفتح قفل هاتف { -brand-short } إذا كان الجهاز مقفلًا
# Guide summary
unlock-mi-phone--summary = هل هاتف { -brand-short } الخاص بك مقفل ولا تتذكر كلمة المرور أو رمز PIN أو النمط، أو حتى بيانات { -mi-account }؟ هناك عدة حلول يمكنك تجربتها.

## Method: hard-reset

# Method title
unlock-mi-phone--hard-reset--title = إعادة الضبط الكاملة (إعادة ضبط المصنع عبر { -recovery-mode })
# Method summary
unlock-mi-phone--hard-reset--summary = هذه من أكثر الطرق شيوعًا وفعالية، لكنها ستمسح جميع البيانات الموجودة على هاتفك.
# Step 1 of 6
unlock-mi-phone--hard-reset--power-off = أوقف تشغيل هاتف { -brand-short } تمامًا.
# Step 2 of 6
unlock-mi-phone--hard-reset--enter-recovery = اضغط مطولًا على زر رفع الصوت وزر التشغيل معًا حتى يظهر شعار { -brand-short } على الشاشة. سيدخل الهاتف عندها إلى { -recovery-mode } (وضع الاسترداد).
# Step 3 of 6
unlock-mi-phone--hard-reset--navigate = استخدم زرَّي الصوت للتنقل في القائمة، وزر التشغيل لاختيار أحد الخيارات.
# Step 4 of 6
unlock-mi-phone--hard-reset--wipe-data = اختر «{ -recovery-wipe-data }» (مسح البيانات). في بعض الهواتف يظهر هذا الخيار باسم «Wipe Data/Factory Reset».
# Step 5 of 6
unlock-mi-phone--hard-reset--confirm-wipe = اختر «{ -recovery-wipe-all-data }» (مسح كل البيانات) للتأكيد.
# Step 6 of 6
unlock-mi-phone--hard-reset--reboot = عند انتهاء العملية، اختر «{ -recovery-reboot }» (إعادة التشغيل)، ثم «{ -recovery-reboot-to-system }» (إعادة التشغيل إلى النظام).
# Note (warning)
unlock-mi-phone--hard-reset--data-loss = تؤدي إعادة الضبط الكاملة إلى مسح جميع البيانات الموجودة على هاتفك.
# Note (warning)
unlock-mi-phone--hard-reset--frp-mi-account = إذا كان { -mi-account } مرتبطًا بالهاتف، فقد يُطلب منك إدخال كلمة مروره لتفعيل الجهاز بعد إعادة الضبط (ميزة الحماية من إعادة ضبط المصنع، FRP). وإذا كنت لا تتذكر كلمة مرور { -mi-account }، فانتقل إلى الطريقة التالية.
# Note (warning)
unlock-mi-phone--hard-reset--frp-google = إذا كان حساب { -google } متزامنًا مع الهاتف، فقد يُطلب منك إدخال بيانات تسجيل الدخول إليه بعد إعادة ضبط المصنع (ميزة الحماية من إعادة ضبط المصنع من { -google }). وإذا نسيت كلمة مرور حساب { -google } أيضًا، فعليك استعادتها بشكل منفصل.

## Method: reset-password

# Method title
unlock-mi-phone--reset-password--title = أعد تعيين كلمة مرور { -mi-account }
# Method summary
unlock-mi-phone--reset-password--summary = إذا كان جهازك مقفلًا لأنك نسيت كلمة مرور { -mi-account }، فأعد تعيينها باتباع الخطوات التالية.
# Step 1 of 4
unlock-mi-phone--reset-password--open-reset-page = افتح صفحة إعادة تعيين كلمة مرور { -mi-account } على جهاز كمبيوتر أو أي جهاز آخر.
# Step 2 of 4
unlock-mi-phone--reset-password--enter-account = أدخل رقم الهاتف أو البريد الإلكتروني المسجَّل، أو معرِّف { -mi-account }.
# Step 3 of 4
unlock-mi-phone--reset-password--set-new-password = اتبع التعليمات الظاهرة على الشاشة لتلقّي رمز التحقق وتعيين كلمة مرور جديدة.
# Step 4 of 4
unlock-mi-phone--reset-password--unlock-phone = بعد إعادة تعيين كلمة المرور، أدخل كلمة المرور الجديدة على هاتف { -brand-short } المقفل لفتح قفله.
# Note (tip)
unlock-mi-phone--reset-password--no-access = إذا لم يعد بإمكانك الوصول إلى رقم الهاتف أو البريد الإلكتروني المسجَّل في { -mi-account }، فيمكنك تجربة ربط رقم هاتف جديد لإعادة تعيين كلمة المرور (راجع الطريقة التالية).

## Method: bind-new-number

# Method title
unlock-mi-phone--bind-new-number--title = اربط رقم هاتف جديدًا لإعادة تعيين كلمة المرور
# Method summary
unlock-mi-phone--bind-new-number--summary = استخدم هذه الطريقة إذا لم يعد بإمكانك الوصول إلى رقم الهاتف أو البريد الإلكتروني الأصلي.
# Step 1 of 7
unlock-mi-phone--bind-new-number--open-id-site = افتح https://id.mi.com في متصفح الويب.
# Step 2 of 7
unlock-mi-phone--bind-new-number--forgot-password = اختر «{ -web-forgot-password }» (نسيت كلمة المرور).
# Step 3 of 7
unlock-mi-phone--bind-new-number--enter-account = أدخل رقم الهاتف أو البريد الإلكتروني المسجَّل في { -mi-account }.
# Step 4 of 7
unlock-mi-phone--bind-new-number--restore-security-info = اختر «{ -web-restore-security-info }» (استعادة معلومات الأمان).
# Step 5 of 7
unlock-mi-phone--bind-new-number--get-started = اختر «{ -web-get-started }» (ابدأ) لبدء إعادة تعيين رقم هاتف الاسترداد.
# Step 6 of 7
unlock-mi-phone--bind-new-number--follow-prompts = اتبع التعليمات التي تظهر لك لربط رقم الهاتف الجديد.
# Step 7 of 7
unlock-mi-phone--bind-new-number--reset-password = بعد ربط رقم الهاتف الجديد، أعد تعيين كلمة المرور كما هو موضح في الطريقة السابقة.

## Method: unlock-tools

# Method title
unlock-mi-phone--unlock-tools--title = استخدم أداة من جهة خارجية لفتح قفل هواتف { -android } (بحذر)
# Method summary
unlock-mi-phone--unlock-tools--summary = تدّعي برامج عديدة من جهات خارجية، مثل Dr.Fone وiToolab UnlockGo وiMyFone LockWiper (Android)، أنها قادرة على فتح قفل هواتف { -android }، بما فيها أجهزة { -brand }. وتعمل هذه البرامج عمومًا على النحو التالي.
# Step 1 of 3
unlock-mi-phone--unlock-tools--install-software = نزّل البرنامج وثبّته على جهاز الكمبيوتر.
# Step 2 of 3
unlock-mi-phone--unlock-tools--connect-usb = وصّل هاتف { -brand-short } بالكمبيوتر باستخدام كابل USB.
# Step 3 of 3
unlock-mi-phone--unlock-tools--follow-instructions = اتبع تعليمات البرنامج.
# Note (caution)
unlock-mi-phone--unlock-tools--scams-malware = توخَّ الحذر الشديد عند اختيار أداة من جهة خارجية، فقد يكون بعضها احتياليًا أو يحتوي على برامج ضارة أو لا يعمل كما يُعلَن عنه.
# Note (caution)
unlock-mi-phone--unlock-tools--reputable-sources = نزّل البرامج دائمًا من مصادر موثوقة.
# Note (caution)
unlock-mi-phone--unlock-tools--cost = غالبًا ما تكون هذه الأدوات مدفوعة.
# Note (caution)
unlock-mi-phone--unlock-tools--success-rate = قد تتفاوت نسبة النجاح بحسب طراز هاتفك وإصدار { -android }.
# Note (warning)
unlock-mi-phone--unlock-tools--data-loss = كثير من هذه الأدوات يُجري أيضًا إعادة ضبط المصنع، ما يؤدي إلى مسح جميع البيانات على هاتفك.

## Method: official-support

# Method title
unlock-mi-phone--official-support--title = تواصل مع دعم عملاء { -brand } أو مع مركز خدمة
# Method summary
unlock-mi-phone--official-support--summary = إذا لم تنجح أيٌّ من الطرق السابقة، أو لم تكن مرتاحًا لتنفيذ هذه الخطوات بنفسك، فأفضل خيار لك هو دعم عملاء { -brand } الرسمي أو مركز خدمة معتمد. ويمكنهم في كثير من الأحيان فتح قفل الجهاز، خاصةً إذا قدّمت ما يثبت الشراء والملكية.
# Step 1 of 3
unlock-mi-phone--official-support--gather-proof = إن كان لديك إثبات شراء الهاتف وإثبات ملكيته، فاجمعهما.
# Step 2 of 3
unlock-mi-phone--official-support--contact-support = تواصل مع دعم عملاء { -brand } الرسمي، أو خذ الهاتف إلى مركز خدمة { -brand } معتمد.
# Step 3 of 3
unlock-mi-phone--official-support--request-unlock = اطلب منهم فتح قفل الجهاز، وقدّم لهم ما لديك من إثبات للشراء والملكية.
# Note (caution)
unlock-mi-phone--official-support--safest-option = هذه هي الطريقة الأكثر أمانًا إذا كنت تخشى إتلاف جهازك أو فقدان بياناتك، لكن إجراءاتهم قد تتطلب هي الأخرى مسح جميع البيانات على الهاتف.

## Guide notes

# Note (warning)
unlock-mi-phone--data-loss = تؤدي معظم طرق فتح القفل، خاصةً إعادة الضبط الكاملة، إلى مسح جميع البيانات على هاتفك. إذا كانت لديك بيانات مهمة، فجرّب أولًا إعادة تعيين كلمة مرور { -mi-account } إن كان ذلك يناسب حالتك.
# Note (info)
unlock-mi-phone--imei = احتفظ برقم IMEI الخاص بهاتفك في متناول يدك؛ فهو عادةً مطبوع على العلبة أو على درج بطاقة SIM. وقد تطلبه منك مراكز الخدمة وبعض أدوات فتح القفل.
# Note (tip)
unlock-mi-phone--choose-method = اختر الطريقة الأنسب لحالتك ولمدى ارتياحك. وإذا لم تكن متأكدًا، فابدأ بإعادة تعيين كلمة مرور { -mi-account } أو تواصل مع الدعم الرسمي.
