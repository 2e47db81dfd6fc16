# Error raised from __init__ during instance creation.
class Config:
    def __init__(self, values):
        self.port = int(values["port"])
print("creating")
Config({"port": "80"})
Config({"port": "eighty"})
