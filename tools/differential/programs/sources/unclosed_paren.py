# an opening bracket never closed: SyntaxError "'[' was never closed"
# expect-exit: 1
# compare: stderr
print('never printed')
x = [1, 2,
y = 3
