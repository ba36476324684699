### Hindi translation of the guide unlock-mi-phone.

# Guide title
unlock-mi-phone--title = डिवाइस लॉक हो जाए तो { -brand-short } फ़ोन को अनलॉक कैसे करें
# Guide summary
unlock-mi-phone--summary = क्या आपका { -brand-short } फ़ोन लॉक हो गया है और आपको उसका पासवर्ड, PIN या पैटर्न याद नहीं है, या फिर अपने { -mi-account(case: "oblique") } की जानकारी भी याद नहीं है? ऐसे में आप कई तरीके आज़मा सकते हैं।

## Method: hard-reset

# Method title
unlock-mi-phone--hard-reset--title = हार्ड रीसेट ({ -recovery-mode } से फ़ैक्टरी रीसेट)
# Method summary
unlock-mi-phone--hard-reset--summary = यह सबसे आम और कारगर तरीकों में से एक है, लेकिन इससे आपके फ़ोन का सारा डेटा मिट जाएगा।
# Step 1 of 6
unlock-mi-phone--hard-reset--power-off = अपने { -brand-short } फ़ोन को पूरी तरह बंद करें।
# Step 2 of 6
unlock-mi-phone--hard-reset--enter-recovery = वॉल्यूम अप बटन और पावर बटन को एक साथ दबाकर तब तक दबाए रखें, जब तक स्क्रीन पर { -brand-short } का लोगो न दिखे। इसके बाद फ़ोन { -recovery-mode } में चालू हो जाएगा।
# Step 3 of 6
unlock-mi-phone--hard-reset--navigate = मेन्यू में ऊपर-नीचे जाने के लिए वॉल्यूम बटनों का और कोई विकल्प चुनने के लिए पावर बटन का इस्तेमाल करें।
# Step 4 of 6
unlock-mi-phone--hard-reset--wipe-data = “{ -recovery-wipe-data }” (डेटा मिटाएँ) चुनें। कुछ फ़ोन पर यह विकल्प “Wipe Data/Factory Reset” नाम से दिखता है।
# Step 5 of 6
unlock-mi-phone--hard-reset--confirm-wipe = पुष्टि करने के लिए “{ -recovery-wipe-all-data }” (सारा डेटा मिटाएँ) चुनें।
# Step 6 of 6
unlock-mi-phone--hard-reset--reboot = प्रक्रिया पूरी होने पर “{ -recovery-reboot }” (रीस्टार्ट) चुनें, फिर “{ -recovery-reboot-to-system }” (सिस्टम में रीस्टार्ट) चुनें।
# Note (warning)
unlock-mi-phone--hard-reset--data-loss = हार्ड रीसेट करने से आपके फ़ोन का सारा डेटा मिट जाता है।
# Note (warning)
unlock-mi-phone--hard-reset--frp-mi-account = अगर फ़ोन से कोई { -mi-account } जुड़ा था, तो हार्ड रीसेट के बाद डिवाइस को एक्टिवेट करने के लिए उसका पासवर्ड माँगा जा सकता है (Factory Reset Protection, FRP)। अगर आपको { -mi-account(case: "oblique") } का पासवर्ड याद नहीं है, तो अगला तरीका आज़माएँ।
# Note (warning)
unlock-mi-phone--hard-reset--frp-google = अगर फ़ोन पर कोई { -google } खाता सिंक किया गया था, तो फ़ैक्टरी रीसेट के बाद उसकी लॉगिन जानकारी माँगी जा सकती है ({ -google } Factory Reset Protection)। अगर आप अपने { -google } खाते का पासवर्ड भी भूल गए हैं, तो उसे अलग से रिकवर करना होगा।

## Method: reset-password

# Method title
unlock-mi-phone--reset-password--title = अपने { -mi-account(case: "oblique") } का पासवर्ड रीसेट करें
# Method summary
unlock-mi-phone--reset-password--summary = अगर आपका डिवाइस इसलिए लॉक है क्योंकि आप अपने { -mi-account(case: "oblique") } का पासवर्ड भूल गए हैं, तो नीचे बताए गए तरीके से पासवर्ड रीसेट करें।
# Step 1 of 4
unlock-mi-phone--reset-password--open-reset-page = कंप्यूटर या किसी दूसरे डिवाइस पर { -mi-account(case: "oblique") } के पासवर्ड रीसेट पेज पर जाएँ।
# Step 2 of 4
unlock-mi-phone--reset-password--enter-account = अपना रजिस्टर किया हुआ फ़ोन नंबर, ईमेल पता या { -mi-account(case: "oblique") } की ID डालें।
# Step 3 of 4
unlock-mi-phone--reset-password--set-new-password = वेरिफ़िकेशन कोड पाने और नया पासवर्ड सेट करने के लिए स्क्रीन पर दिए गए निर्देशों का पालन करें।
# Step 4 of 4
unlock-mi-phone--reset-password--unlock-phone = पासवर्ड रीसेट हो जाने के बाद, अपने लॉक हुए { -brand-short } फ़ोन पर नया पासवर्ड डालकर उसे अनलॉक करें।
# Note (tip)
unlock-mi-phone--reset-password--no-access = अगर आपके { -mi-account(case: "oblique") } से जुड़ा फ़ोन नंबर या ईमेल पता अब आपके पास नहीं है, तो पासवर्ड रीसेट करने के लिए आप नया फ़ोन नंबर जोड़कर देख सकते हैं (अगला तरीका देखें)।

## Method: bind-new-number

# Method title
unlock-mi-phone--bind-new-number--title = पासवर्ड रीसेट करने के लिए नया फ़ोन नंबर जोड़ें
# Method summary
unlock-mi-phone--bind-new-number--summary = अगर पहले वाला फ़ोन नंबर या ईमेल पता अब आपके पास नहीं है, तो यह तरीका अपनाएँ।
# Step 1 of 7
unlock-mi-phone--bind-new-number--open-id-site = वेब ब्राउज़र में https://id.mi.com खोलें।
# Step 2 of 7
unlock-mi-phone--bind-new-number--forgot-password = “{ -web-forgot-password }” (पासवर्ड भूल गए) चुनें।
# Step 3 of 7
unlock-mi-phone--bind-new-number--enter-account = अपने { -mi-account(case: "oblique") } से जुड़ा फ़ोन नंबर या ईमेल पता डालें।
# Step 4 of 7
unlock-mi-phone--bind-new-number--restore-security-info = “{ -web-restore-security-info }” (सुरक्षा जानकारी वापस पाएँ) चुनें।
# Step 5 of 7
unlock-mi-phone--bind-new-number--get-started = रिकवरी फ़ोन नंबर रीसेट करना शुरू करने के लिए “{ -web-get-started }” (शुरू करें) चुनें।
# Step 6 of 7
unlock-mi-phone--bind-new-number--follow-prompts = नया फ़ोन नंबर जोड़ने के लिए स्क्रीन पर दिए गए निर्देशों का पालन करें।
# Step 7 of 7
unlock-mi-phone--bind-new-number--reset-password = नया फ़ोन नंबर जुड़ जाने के बाद, पिछले तरीके में बताए गए चरणों के अनुसार अपना पासवर्ड रीसेट करें।

## Method: unlock-tools

# Method title
unlock-mi-phone--unlock-tools--title = किसी थर्ड-पार्टी { -android } अनलॉक टूल का इस्तेमाल करें (सावधानी के साथ)
# Method summary
unlock-mi-phone--unlock-tools--summary = Dr.Fone, iToolab UnlockGo और iMyFone LockWiper (Android) जैसे कई थर्ड-पार्टी प्रोग्राम { -brand } डिवाइस समेत { -android } फ़ोन अनलॉक करने का दावा करते हैं। ये आम तौर पर इस तरह काम करते हैं।
# Step 1 of 3
unlock-mi-phone--unlock-tools--install-software = सॉफ़्टवेयर को अपने कंप्यूटर पर डाउनलोड और इंस्टॉल करें।
# Step 2 of 3
unlock-mi-phone--unlock-tools--connect-usb = USB केबल से अपने { -brand-short } फ़ोन को कंप्यूटर से कनेक्ट करें।
# Step 3 of 3
unlock-mi-phone--unlock-tools--follow-instructions = सॉफ़्टवेयर में दिए गए निर्देशों का पालन करें।
# Note (caution)
unlock-mi-phone--unlock-tools--scams-malware = थर्ड-पार्टी टूल चुनते समय बहुत सावधानी बरतें। कुछ टूल धोखाधड़ी वाले हो सकते हैं, उनमें मैलवेयर हो सकता है, या हो सकता है कि वे वैसा काम न करें जैसा दावा किया जाता है।
# Note (caution)
unlock-mi-phone--unlock-tools--reputable-sources = सॉफ़्टवेयर हमेशा भरोसेमंद स्रोतों से ही डाउनलोड करें।
# Note (caution)
unlock-mi-phone--unlock-tools--cost = ये टूल अक्सर मुफ़्त नहीं होते।
# Note (caution)
unlock-mi-phone--unlock-tools--success-rate = इन टूल की कामयाबी की दर आपके फ़ोन के मॉडल और { -android } वर्ज़न के हिसाब से अलग-अलग हो सकती है।
# Note (warning)
unlock-mi-phone--unlock-tools--data-loss = इनमें से कई टूल फ़ैक्टरी रीसेट भी करते हैं, जिससे आपके फ़ोन का सारा डेटा मिट जाता है।

## Method: official-support

# Method title
unlock-mi-phone--official-support--title = { -brand } कस्टमर सपोर्ट या सर्विस सेंटर से संपर्क करें
# Method summary
unlock-mi-phone--official-support--summary = अगर ऊपर दिया गया कोई भी तरीका काम न करे, या आप ये चरण ख़ुद करने में सहज न हों, तो सबसे अच्छा विकल्प है { -brand } का आधिकारिक कस्टमर सपोर्ट या कोई अधिकृत सर्विस सेंटर। वे अक्सर डिवाइस अनलॉक कर देते हैं, ख़ासकर तब जब आप ख़रीद और मालिकाना हक़ का सबूत दे सकें।
# Step 1 of 3
unlock-mi-phone--official-support--gather-proof = अगर आपके पास हों, तो फ़ोन की ख़रीद का सबूत और उसके मालिकाना हक़ का सबूत इकट्ठा कर लें।
# Step 2 of 3
unlock-mi-phone--official-support--contact-support = { -brand } के आधिकारिक कस्टमर सपोर्ट से संपर्क करें, या फ़ोन को { -brand } के किसी अधिकृत सर्विस सेंटर पर ले जाएँ।
# Step 3 of 3
unlock-mi-phone--official-support--request-unlock = उनसे डिवाइस अनलॉक करने के लिए कहें और ख़रीद व मालिकाना हक़ का जो भी सबूत आपके पास हो, वह दिखाएँ।
# Note (caution)
unlock-mi-phone--official-support--safest-option = अगर आपको डिवाइस ख़राब होने या डेटा खोने की चिंता है, तो यह सबसे सुरक्षित तरीका है, हालाँकि उनकी प्रक्रिया में भी फ़ोन का सारा डेटा मिटाना पड़ सकता है।

## Guide notes

# Note (warning)
unlock-mi-phone--data-loss = अनलॉक करने के ज़्यादातर तरीके, ख़ासकर हार्ड रीसेट, आपके फ़ोन का सारा डेटा मिटा देते हैं। अगर फ़ोन में ज़रूरी डेटा है, तो पहले अपने { -mi-account(case: "oblique") } का पासवर्ड रीसेट करके देखें, बशर्ते यह तरीका आपकी स्थिति में काम आए।
# Note (info)
unlock-mi-phone--imei = अपने फ़ोन का IMEI नंबर तैयार रखें; यह आम तौर पर फ़ोन के डिब्बे या SIM ट्रे पर छपा होता है। सर्विस सेंटर और कुछ अनलॉक टूल इसे माँग सकते हैं।
# Note (tip)
unlock-mi-phone--choose-method = वह तरीका चुनें जो आपकी स्थिति और सहूलियत के हिसाब से सबसे सही हो। अगर तय नहीं कर पा रहे हैं, तो { -mi-account(case: "oblique") } के पासवर्ड रीसेट से शुरुआत करें या आधिकारिक सपोर्ट से संपर्क करें।
