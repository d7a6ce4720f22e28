# str() of an int with more than 4300 digits raises ValueError (the computation itself works)
# compare: error line
n = 10 ** 5000
print(n % 7, n.bit_length())
print(str(n))
