# NameError after del
x = 1
del x
print('deleted')
print(x)
