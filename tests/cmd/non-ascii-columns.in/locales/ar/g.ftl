g--title = مرحبا
g--m--title = طريقة
g--m--b = ثم هذا { -brand
