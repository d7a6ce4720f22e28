# sum, min and max over lists and ranges
l = [5, -3, 12, 0, 7]
print(sum(l), min(l), max(l))
print(sum(range(101)), min('hello'), max([2.5, 1, 3]))
print(sum([0.1] * 10))
print(min(3, 1, 2), max(3, 1, 2))
