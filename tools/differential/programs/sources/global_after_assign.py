# a name assigned before its global declaration is a SyntaxError from the symtable
# expect-exit: 1
# compare: stderr
def f():
    x = 1
    global x
