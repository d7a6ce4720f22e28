# an operand error of `x += v` after other statements on the line marks the whole augmented assignment
x = 1
y = [1, 2]
y += (3,)
print(x, y)
if x: z = 2; x += 'a'
