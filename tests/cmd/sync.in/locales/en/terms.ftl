### Terms used by the guides.

# The brand name.
-brand = Kettleco
