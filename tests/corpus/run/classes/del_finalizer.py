# __del__: run when `del` drops the last reference, for objects held in a deleted list, and at exit.
class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name)


def work():
    r = Resource("local")
    del r
    print("after del in work")


work()
first = Resource("first")
second = Resource("second")
del first
print("first deleted")
batch = [Resource("in list 1"), Resource("in list 2")]
del batch
print("batch deleted")

last = Resource("last")
print("end of program")
