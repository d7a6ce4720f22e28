# modular exponentiation by squaring
def modpow(b, e, m):
    r = 1
    b = b % m
    while e > 0:
        if e % 2 == 1:
            r = r * b % m
        b = b * b % m
        e = e // 2
    return r
print(modpow(3, 10 ** 18, 10 ** 9 + 7), modpow(2, 100, 97))
