# a nested if with its body at the if's own indentation
# expect-exit: 1
# compare: stderr
def f():
    if True:
    return 1
