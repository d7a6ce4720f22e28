# int() of floats truncates toward zero; str() of ints
print(int(3.7), int(-3.7), int(2.0), int('-42'), int(' 7 '))
print(str(10 ** 25), len(str(2 ** 1000)))
