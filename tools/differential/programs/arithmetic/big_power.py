# big powers and their digit counts
print(3 ** 200)
print(len(str(7 ** 1000)))
print((-3) ** 101)
