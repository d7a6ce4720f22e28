# default parameters and keyword arguments
def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct
print(greet('Ann'))
print(greet('Bob', 'Hi'))
print(greet('Cy', punct='?'))
print(greet(punct='.', name='Di', greeting='Yo'))
