### Source catalog of the guide "g", written by `polyguide extract`
### from content/g.yaml. Edit the YAML, not this file.

# Guide title
g--title = Hello

## Method: m

# Method title
g--m--title = Method
# Step 1 of 1
g--m--a = Do this.
