# CRLF line endings are read as newlines, also inside triple-quoted strings
x = 1
if x:
    print("crlf", x)
s = """a
b"""
print(repr(s), len(s))
