# non-ASCII text written to stdout as UTF-8
print('\u00e9\u00e8\u00ea', '\u4e2d\u6587', '\U0001f600')
print(len('\U0001f600'), len('\u00e9'))
