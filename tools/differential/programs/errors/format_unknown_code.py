# format() with a presentation type the type does not have: ValueError "Unknown format code"
# compare: error line
print(format(12, 'x'), format('s', '>3'))
print(format('text', 'd'))
