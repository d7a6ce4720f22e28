# sum of the digits of 2**1000
n = 2 ** 1000
total = 0
for ch in str(n):
    total += int(ch)
print(total)
