# IndexError on a tuple
t = (1, 2)
print(t[0], t[-2])
print(t[-3])
