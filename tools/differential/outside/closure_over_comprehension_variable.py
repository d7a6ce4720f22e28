# a lambda made in a comprehension that closes over the comprehension's variable is outside the subset
# expect: NotImplementedError line 3
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
