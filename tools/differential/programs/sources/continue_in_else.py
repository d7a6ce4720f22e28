# continue in a for loop's else clause is outside the loop
# expect-exit: 1
# compare: stderr
for i in range(3):
    pass
else:
    continue
