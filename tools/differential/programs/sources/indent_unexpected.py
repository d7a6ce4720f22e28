# an unexpected indent is an IndentationError reported before anything runs
# expect-exit: 1
# compare: stderr
print('never printed')
x = 1
    y = 2
