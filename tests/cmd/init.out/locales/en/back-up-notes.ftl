### Source catalog of the guide "back-up-notes", written by `polyguide extract`
### from content/back-up-notes.yaml. Edit the YAML, not this file.

# Guide title
back-up-notes--title = How to back up your notes in { -app }
# Guide summary
back-up-notes--summary = A backup keeps your notes safe when you lose or replace your phone.

## Method: export

# Method title
back-up-notes--export--title = Export your notes to a file
# Step 1 of 2
back-up-notes--export--open-settings = Open { -app } and tap “{ -label-settings }”.
# Step 2 of 2
back-up-notes--export--tap-export = Tap “{ -label-export }” and choose where to save the file.
# Note (tip)
back-up-notes--export--keep-a-copy = Keep a copy of the file on another device.
