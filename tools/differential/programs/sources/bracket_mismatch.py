# a closing bracket of the wrong kind names both brackets
# expect-exit: 1
# compare: stderr
x = (1, 2]
