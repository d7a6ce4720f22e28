# assertions that hold do nothing
x = 5
assert x == 5
assert x > 0, 'positive'
print('assertions passed')
