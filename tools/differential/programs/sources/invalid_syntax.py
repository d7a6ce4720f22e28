# a plain invalid statement: SyntaxError "invalid syntax" with the caret under the offending token
# expect-exit: 1
# compare: stderr
print('never printed')
x = = 1
