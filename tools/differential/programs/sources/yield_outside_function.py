# yield at module level: SyntaxError "'yield' outside function"
# expect-exit: 1
# compare: stderr
print('never printed')
yield 1
