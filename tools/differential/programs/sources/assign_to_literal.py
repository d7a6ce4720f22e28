# assigning to a literal: SyntaxError "cannot assign to literal here. Maybe you meant '==' instead of '='?"
# expect-exit: 1
# compare: stderr
print('never printed')
1 = x
