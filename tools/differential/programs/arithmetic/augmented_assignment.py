# every augmented assignment operator
x = 10
x += 5
x -= 3
x *= 4
print(x)
x //= 5
x **= 3
x %= 50
print(x)
x /= 4
print(x)
