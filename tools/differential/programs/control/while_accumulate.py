# while loops with compound conditions
a = 0
b = 100
steps = 0
while a < b and steps < 1000:
    a += 7
    b -= 3
    steps += 1
print(a, b, steps)
