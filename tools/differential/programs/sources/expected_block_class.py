# a class without a body: IndentationError after class definition
# expect-exit: 1
# compare: stderr
class C:
# a comment line does not count
pass
