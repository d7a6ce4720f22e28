# slices of lists and strings
l = list(range(10))
print(l[2:5], l[:3], l[7:], l[::2], l[::-1], l[-3:])
s = 'abcdefgh'
print(s[1:4], s[::-1], s[-2:], s[:0])
l[2:4] = ['x']
print(l)
