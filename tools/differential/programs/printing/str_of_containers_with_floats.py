# str of containers holding floats and strings uses repr inside
x = [1.0, 'a', 0.1 + 0.2, "b'c"]
print(x)
print(str((2.5,)), str({'k': 1e-7}))
print(f'{x}')
