# str methods that change nothing may return the same object
s = 'abc'.upper()
print(s.upper() is s)
t = 'hello'
print(t.replace('z', 'y') == t)
print(t.strip() is t)
