# shortest repr of simple floats
print(0.1, 0.5, 1.0, -1.0, 2.5, 100.0, 3.14159)
print(1 / 3, 2 / 3, 1 / 7)
