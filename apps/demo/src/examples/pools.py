import gc

data = []
for i in range(40000):
    data.append((i, i + 1))
print(len(data))
# the tuples and ints filled pools and arenas; freeing them empties pools and releases arenas
del data
gc.collect()
print("released")
