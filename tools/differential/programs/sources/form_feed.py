# a form feed in the indentation resets the column, as the tokenizer does
x = 1
if x:
    y = 2
    print(x, y)
