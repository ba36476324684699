### Source catalog of the guide "descale", written by `polyguide extract`
### from content/descale.yaml. Edit the YAML, not this file.

# Guide title
descale--title = How to descale your { -brand } kettle

## Method: vinegar

# Method title
descale--vinegar--title = With white vinegar
# Note (warning)
descale--vinegar--unplug = Unplug the kettle before you clean the outside.
# Step 1 of 3
descale--vinegar--fill = Fill the kettle halfway with equal parts of water and white vinegar.
# Step 2 of 3
descale--vinegar--boil = Boil the mixture, then let it stand for an hour.
# Step 3 of 3
descale--vinegar--rinse =
    Pour it away and rinse the kettle.

    Boil clean water once and pour it away too.
