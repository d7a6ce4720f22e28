# IndexError indexing past the end of a string
s = 'abc'
print(s[-1])
print(s[10])
