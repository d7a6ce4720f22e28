# complex numbers are outside the subset
# expect: NotImplementedError line 3
z = 2 + 3j
print(z.real)
