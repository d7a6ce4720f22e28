# a block opener without an indented body: IndentationError "expected an indented block after 'if' statement"
# expect-exit: 1
# compare: stderr
print('never printed')
if True:
print('body')
