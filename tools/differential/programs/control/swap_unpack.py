# tuple unpacking and swaps
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x, y = [10, 20]
(p, q) = 'pq'
print(x, y, p, q)
