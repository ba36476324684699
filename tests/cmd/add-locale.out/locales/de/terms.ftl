### de translation of terms.ftl: a worksheet written by `polyguide add-locale`.
### Each message is the en source, commented out, so none counts as translated yet.
### To translate one, remove the "# " in front of its lines and replace the text after
### `=`, keeping the id. `polyguide sync` adds new source messages the same way.

# The brand name.
# -brand = Kettleco
