# a closing bracket of the wrong kind, its opener on an earlier line
# expect-exit: 1
# compare: stderr
x = (1,
     2]
