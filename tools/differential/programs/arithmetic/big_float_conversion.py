# converting big ints to float rounds to nearest
print(float(2 ** 64), float(10 ** 22), float(10 ** 23))
print(float(2 ** 1000) > 1e300)
