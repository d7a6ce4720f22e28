# augmented assignment to a list display: "'list' is an illegal expression for augmented assignment"
# expect-exit: 1
# compare: stderr
print('never printed')
a = b = 0
[a, b] += [1]
