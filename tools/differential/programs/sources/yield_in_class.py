# yield in a class body is outside a function
# expect-exit: 1
# compare: stderr
class C:
    yield 1
