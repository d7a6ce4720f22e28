# a closing parenthesis with no opener: SyntaxError "unmatched ')'"
# expect-exit: 1
# compare: stderr
print('never printed')
x = (1 + 2))
