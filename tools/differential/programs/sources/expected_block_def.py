# a def without a body: IndentationError after function definition
# expect-exit: 1
# compare: stderr
def f():
return 1
