# return at module level: SyntaxError "'return' outside function"
# expect-exit: 1
# compare: stderr
print('never printed')
return 5
