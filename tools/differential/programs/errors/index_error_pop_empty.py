# IndexError popping from an empty list
l = [1]
print(l.pop())
l.pop()
