# a backslash continuation line and a bracket continuation are not indented lines
x = 1 + \
        2
y = (3 +
  4)
if x:
    z = x + \
  y
    print(x, y, z)
