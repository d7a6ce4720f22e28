# arithmetic results in the small-int range are the cached objects
x = 200
y = x + 56
k = 256
print(y is k)
z = x * 2
print(z is x * 2)
three = 3
print(len([1, 2, 3]) is three)
