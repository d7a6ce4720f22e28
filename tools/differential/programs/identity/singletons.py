# None, True and False are singletons
x = None
print(x is None, x is not None)
print((1 < 2) is True, (2 < 1) is False)
print([] == [], [] is [])
