# the set methods of the subset
s = {1, 2, 3}
s.add(4)
s.discard(10)
s.remove(1)
print(s, len(s), 2 in s)
print(s.pop(), s)
s.clear()
print(s)
