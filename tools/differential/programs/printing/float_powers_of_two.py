# powers of two as floats, large and small
x = 1.0
for i in range(8):
    x = x * 1024.0
    print(x)
y = 1.0
for i in range(4):
    y = y / 1024.0
    print(y)
