# an opening brace never closed, at the end of the file
# expect-exit: 1
# compare: stderr
d = {1: 2,
     3: 4
