# a block header at the end of the file: IndentationError with no caret
# expect-exit: 1
# compare: stderr
x = 1
while x:
