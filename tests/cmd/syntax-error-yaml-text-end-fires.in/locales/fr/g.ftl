g--m--title = M
g--m--a = Un.
