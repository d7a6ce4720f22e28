# CRLF endings with a backslash continuation and a string escape
x = 1 + \
    2
s = "a\
b"
print(x, s)
