# a compound statement without its colon: SyntaxError "expected ':'"
# expect-exit: 1
# compare: stderr
print('never printed')
if True
    print('x')
