# the list methods of the subset
l = [3, 1, 2]
l.append(4)
l.extend([5, 6])
l.insert(0, 0)
print(l, l.pop(), l.pop(0))
l.remove(2)
print(l, l.index(4), l.count(1))
m = l.copy()
l.clear()
print(l, m)
