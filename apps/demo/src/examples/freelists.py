x = [1, 2]
first = id(x)
del x
y = [3, 4]
# the list object went to the free list and came back for y
print(id(y) == first)
f = float("1.5")
g = id(f)
del f
h = float("2.5")
# floats have a free list too
print(id(h) == g)
