# starred assignment targets are outside the subset
# expect: NotImplementedError line 3
first, *rest = [1, 2, 3]
print(rest)
