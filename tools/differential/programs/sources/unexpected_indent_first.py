# the first statement indented
# expect-exit: 1
# compare: stderr
  x = 1
