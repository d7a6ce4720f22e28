# Euclid's algorithm on big numbers
def gcd(a, b):
    while b != 0:
        a, b = b, a % b
    return a
print(gcd(2 ** 100 * 3 ** 20, 2 ** 50 * 3 ** 40 * 5))
print(gcd(17, 5), gcd(0, 9))
