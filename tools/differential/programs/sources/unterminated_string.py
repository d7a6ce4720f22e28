# an unterminated string literal: SyntaxError with "(detected at line N)"
# expect-exit: 1
# compare: stderr
print('never printed')
s = 'abc
