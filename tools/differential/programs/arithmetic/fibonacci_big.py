# the 300th Fibonacci number
a = 0
b = 1
for i in range(300):
    a, b = b, a + b
print(a)
