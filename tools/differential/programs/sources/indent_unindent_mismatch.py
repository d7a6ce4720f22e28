# dedenting to a column no enclosing block used: IndentationError "unindent does not match any outer indentation level"
# expect-exit: 1
# compare: stderr
if True:
        x = 1
    y = 2
