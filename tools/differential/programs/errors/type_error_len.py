# TypeError from len of an int
print(len([1, 2]))
print(len(5))
