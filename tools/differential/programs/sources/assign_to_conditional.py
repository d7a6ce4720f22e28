# a conditional expression as a later target: "cannot assign to conditional expression", no hint (not the first target)
# expect-exit: 1
# compare: stderr
print('never printed')
a = 1
x = a if a else 0 = 5
