# a yield inside a lambda is outside the subset
# expect: NotImplementedError line 3
f = lambda: (yield 1)
print(f)
