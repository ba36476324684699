g--title = 你好
g--m--title = 方法 { -brand
g--m--b = 然后这个。
