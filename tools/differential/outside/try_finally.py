# try/finally is not in the subset yet
# expect: NotImplementedError line 4
x = 0
try:
    x = 1
finally:
    print(x)
