# starred arguments in a call are outside the subset
# expect: NotImplementedError line 4
l = [1, 2]
print(*l)
