# list, dict and set comprehensions with conditions
squares = [x * x for x in range(10) if x % 2 == 0]
table = {x: x * x for x in range(5)}
evens = {x % 4 for x in range(10)}
print(squares, table, evens)
pairs = [(i, j) for i in range(3) for j in range(i)]
print(pairs)
