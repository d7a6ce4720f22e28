# integer square root by Newton's method with //
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10 ** 40), isqrt(2 * 10 ** 30), isqrt(99))
