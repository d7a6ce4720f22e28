# an error inside a method
class Account:
    def __init__(self):
        self.balance = 0
    def withdraw(self, n):
        return self.balance / (self.balance - self.balance) + n
acct = Account()
print(acct.balance)
acct.withdraw(1)
