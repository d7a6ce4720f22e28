# the empty tuple and the empty string are singletons
t = ()
print(t is tuple(), tuple([]) is t)
e = ''
print(e is str(), ''.join([]) is e)
e = ''
print('abc'[3:] is e)
