# factorial of 60 with a while loop
n = 1
i = 1
while i <= 60:
    n = n * i
    i += 1
print(n)
