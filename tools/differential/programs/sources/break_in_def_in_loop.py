# a break inside a def inside a loop is outside any loop of the function
# expect-exit: 1
# compare: stderr
for i in range(3):
    def f():
        break
