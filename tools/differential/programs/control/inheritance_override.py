# single inheritance with an overridden method
class Animal:
    def __init__(self, name):
        self.name = name
    def sound(self):
        return '...'
    def speak(self):
        return self.name + ' says ' + self.sound()
class Dog(Animal):
    def sound(self):
        return 'woof'
print(Animal('generic').speak())
print(Dog('rex').speak())
print(isinstance(Dog('a'), Animal), isinstance(Animal('b'), Dog))
