g--title = Hallo
g--m--a = Mach das.
