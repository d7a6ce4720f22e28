# match statements are outside the subset
# expect: NotImplementedError line 4
x = 3
match x:
    case 3:
        print('three')
