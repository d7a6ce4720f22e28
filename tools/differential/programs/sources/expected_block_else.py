# an else clause without a body
# expect-exit: 1
# compare: stderr
for i in range(2):
    pass
else:
print(i)
