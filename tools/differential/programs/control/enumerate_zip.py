# enumerate and zip in loops
names = ['a', 'b', 'c']
for i, n in enumerate(names):
    print(i, n)
for n, v in zip(names, [1, 2, 3, 4]):
    print(n, v)
print(list(enumerate('xy', 1)))
