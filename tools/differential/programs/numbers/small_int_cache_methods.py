# results of int methods and operators in -5..256 are the cached small ints; 257 and -6 are new objects each time
k1 = 1; k5 = 5; k243 = 243; k250 = 250
a = 256
b = 257
m = -5
n = -6
print((2**255).bit_length() + 0 is a, (2**256).bit_length() is b, int('256') is a, int('257') is b)
print(int.from_bytes(b'\x01\x00', 'big') is a, int.from_bytes(b'\x01\x01', 'big') is b, (256.0).__trunc__() is a, (257.0).__trunc__() is b)
print(int(-5.5) is m, int(-6.5) is n, round(255.7) is a, round(256.7) is b, (1000).__floordiv__(4) is k250)
print((-5).__abs__() is k5, abs(-256) is a, abs(-257) is b, (255).__add__(1) is a, (256).__add__(1) is b)
print(divmod(1000, 4)[0] is k250, divmod(2570, 10)[0] is b, (7).as_integer_ratio()[1] is k1, pow(2, 8) is a, pow(3, 5, 1000) is k243)
print(len('x' * 256) is a, len('x' * 257) is b, (512).__rshift__(1) is a, (514).__rshift__(1) is b, (-10).__floordiv__(2) is m, (-12).__floordiv__(2) is n)
x = 257
y = 257
print(x is y, int(x) is x, (x + 0) is x, x * 1 is x, -(-x) is x)
