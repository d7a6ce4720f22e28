# a def header followed by another token where ':' must be: the forced ':' of the grammar marks that token
# expect-exit: 1
# compare: stderr
print('never printed')
def f(a, b) return a + b
