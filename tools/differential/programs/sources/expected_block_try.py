# try, except and finally each need a block
# expect-exit: 1
# compare: stderr
try:
    x = 1
except ValueError:
x = 2
