# a control character in the source: invalid non-printable character U+0001
# expect-exit: 1
# compare: stderr
x = 
