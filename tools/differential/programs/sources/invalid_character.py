# a character that starts no token: invalid character (U+2026)
# expect-exit: 1
# compare: stderr
x = 1…
