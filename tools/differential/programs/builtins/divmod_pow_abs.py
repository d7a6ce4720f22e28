# divmod, pow (two and three arguments, negative exponents, modular inverse) and abs on int, float, complex, bool
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (2**70, 3), (7.5, 2), (-7.5, 2)]:
    print(a, b, divmod(a, b))
print(pow(2, 10), pow(2, -1), pow(2.0, 0.5), pow(-8, 1/3).real > 0, pow(0, 0), pow(3, 4, 5), pow(2, 100, 10**9 + 7))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, 0, 1), pow(-2, 3, 5), pow(2, 3, -5))
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-2**80), type(abs(True)).__name__)
print(pow(2, 3) == 2 ** 3, pow(10, -2), (-2) ** 0.5)
x = 10**30
print(abs(x) is x, abs(-x) is x, pow(x, 1) == x)
