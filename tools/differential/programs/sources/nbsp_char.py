# a no-break space between tokens is non-printable for the tokenizer
# expect-exit: 1
# compare: stderr
x = 1
