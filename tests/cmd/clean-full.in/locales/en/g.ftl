### Source catalog of the guide "g", written by `polyguide extract`
### from content/g.yaml. Edit the YAML, not this file.

# Guide title
g--title = Reset your { -brand } phone
# Guide summary
g--summary = Two ways to get back in.

## Method: hard-reset

# Method title
g--hard-reset--title = Hard reset
# Method summary
g--hard-reset--summary = Erases everything.
# Note (warning)
g--hard-reset--data-loss = All data is erased.
# Step 1 of 2
g--hard-reset--power-off = Power off the phone.
# Step 2 of 2
g--hard-reset--hold-keys = Hold Power + Volume up: the menu opens.

## Guide notes

# Note (tip)
g--backup = Back up first.
