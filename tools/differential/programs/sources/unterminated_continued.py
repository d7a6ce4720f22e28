# a single-quoted string continued by a backslash and left open on the next line
# expect-exit: 1
# compare: stderr
s = 'abc\
def
