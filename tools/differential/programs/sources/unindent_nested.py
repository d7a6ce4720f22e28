# dedenting between two outer levels
# expect-exit: 1
# compare: stderr
def f():
    if True:
        x = 1
      y = 2
