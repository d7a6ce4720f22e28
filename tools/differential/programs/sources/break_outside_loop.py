# break outside a loop is a SyntaxError found at compile time: nothing runs
# expect-exit: 1
# compare: stderr
print('never printed')
x = 3
if x:
    break
