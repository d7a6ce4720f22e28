# a 30000-deep nested list is freed without a crash
l = []
for i in range(30000):
    l = [l]
del l
print('freed')
