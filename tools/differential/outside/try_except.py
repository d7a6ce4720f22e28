# try/except is not in the subset yet
# expect: NotImplementedError line 4
print('start')
try:
    x = 1
except NameError:
    x = 2
print(x)
