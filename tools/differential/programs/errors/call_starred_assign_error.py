# too few values for a starred target is a ValueError and exits with status 1
# compare: error line
a, *b, c = [1, 2]
print(a, b, c)
a, *b, c = [1]
print('not reached')
