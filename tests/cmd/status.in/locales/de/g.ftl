g--title = Hallo
g--m--title = Methode
g--m--a = Mach das.
