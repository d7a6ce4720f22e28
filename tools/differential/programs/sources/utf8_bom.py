# a UTF-8 byte-order mark before the first line is skipped
print("bom", len("é"))
