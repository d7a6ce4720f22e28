# a freed float's memory is reused by the next float (free list, LIFO)
x = float('1.5')
i = id(x)
del x
y = float('2.5')
print(id(y) == i)
