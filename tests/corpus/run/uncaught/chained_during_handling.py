# An exception raised while handling another: "During handling of the above exception..."
def load(d):
    try:
        return d["missing"]
    except KeyError:
        return int("not a number")
load({})
