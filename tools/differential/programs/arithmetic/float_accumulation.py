# floating point accumulation error
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0)
print(sum([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3)
