# one-character latin-1 strings built at run time are cached
s = 'xyz'
t = 'axb'
print(s[0] is t[1])
print('a b'.split()[0] is 'c a'.split()[1])
u = 'q'.upper()
print(u is 'Q'.upper())
