# an unterminated triple-quoted string: reported at its start, detected at the last line
# expect-exit: 1
# compare: stderr
print(1)
s = """abc

x = 1
