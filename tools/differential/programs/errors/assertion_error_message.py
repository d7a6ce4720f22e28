# AssertionError with a message
items = []
print(len(items))
assert len(items) > 0, 'items must not be empty'
