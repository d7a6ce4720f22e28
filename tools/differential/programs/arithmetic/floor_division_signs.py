# floor division rounds toward negative infinity
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7.5 // 2, -7.5 // 2, 1 // 3, -1 // 3)
