# while with break and continue
i = 0
out = []
while True:
    i += 1
    if i % 3 == 0:
        continue
    if i > 14:
        break
    out.append(i)
print(out)
