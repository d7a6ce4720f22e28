# assignment expressions are outside the subset
# expect: NotImplementedError line 4
data = [1, 2, 3]
if (n := len(data)) > 2:
    print(n)
