# dict unpacking in a display is outside the subset
# expect: NotImplementedError line 4
a = {'x': 1}
b = {**a, 'y': 2}
print(b)
