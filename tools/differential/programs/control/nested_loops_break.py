# break leaves only the innermost loop
found = []
for i in range(5):
    for j in range(5):
        if i * j > 6:
            break
        if (i + j) % 2 == 0:
            found.append((i, j))
print(found)
