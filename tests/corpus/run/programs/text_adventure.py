from enum import Enum, auto


class State(Enum):
    HALL = auto()
    KITCHEN = auto()
    CELLAR = auto()
    GARDEN = auto()
    WON = auto()
    DEAD = auto()


class Dir(str, Enum):
    NORTH = "n"
    SOUTH = "s"
    EAST = "e"
    WEST = "w"
    DOWN = "d"
    UP = "u"


MAP = {
    State.HALL: {Dir.NORTH: State.KITCHEN, Dir.EAST: State.GARDEN},
    State.KITCHEN: {Dir.SOUTH: State.HALL, Dir.DOWN: State.CELLAR},
    State.CELLAR: {Dir.UP: State.KITCHEN},
    State.GARDEN: {Dir.WEST: State.HALL},
}

ITEMS = {State.KITCHEN: ["knife"], State.CELLAR: ["key", "lamp"], State.GARDEN: ["rose"]}


class Game:
    def __init__(self):
        self.state = State.HALL
        self.inventory = []
        self.moves = 0
        self.log = []

    def say(self, msg):
        self.log.append(msg)
        print(f"[{self.moves:02d}] {msg}")

    def handle(self, command):
        self.moves += 1
        verb, _, arg = command.partition(" ")
        handler = getattr(self, "do_" + verb, None)
        if handler is None:
            self.say(f"I don't know how to {verb!r}.")
            return
        handler(arg)

    def do_go(self, arg):
        try:
            d = Dir(arg)
        except ValueError as e:
            self.say(str(e))
            return
        nxt = MAP.get(self.state, {}).get(d)
        if nxt is None:
            self.say(f"You can't go {d.name.lower()} from {self.state.name.title()}.")
            return
        if nxt is State.CELLAR and "lamp" not in self.inventory and "knife" not in self.inventory:
            self.say("It is too dark; you fall.")
            self.state = State.DEAD
            return
        self.state = nxt
        self.say(f"You are in the {nxt.name.lower()}.")

    def do_take(self, arg):
        here = ITEMS.get(self.state, [])
        if arg in here:
            here.remove(arg)
            self.inventory.append(arg)
            self.say(f"Taken: {arg}. Inventory: {', '.join(sorted(self.inventory))}")
        else:
            self.say(f"No {arg} here.")

    def do_look(self, arg):
        exits = ", ".join(d.value for d in MAP.get(self.state, {}))
        things = ITEMS.get(self.state) or ["nothing"]
        self.say(f"{self.state.name}: exits [{exits}], you see {' and '.join(things)}")

    def do_open(self, arg):
        if arg == "gate" and self.state is State.GARDEN and "key" in self.inventory:
            self.state = State.WON
            self.say("The gate opens. You win!")
        else:
            self.say("It won't open.")


game = Game()
script = ["look", "go n", "take knife", "go d", "look", "take lamp", "take key", "take key",
          "go x", "go u", "go w", "go s", "go e", "dance", "take rose", "open gate"]
for cmd in script:
    if game.state in (State.WON, State.DEAD):
        break
    game.handle(cmd)

print(game.state, repr(game.state), game.state.value)
print(list(State)[:3], len(State))
print(Dir.NORTH == "n", Dir("e") is Dir.EAST, Dir.NORTH.value, f"{Dir.WEST}", str(Dir.UP), format(Dir.DOWN))
print(State["GARDEN"], State.GARDEN in MAP)
print({s.name: s.value for s in State})
print(sorted(game.inventory), game.moves, len(game.log))
print([m for m in Dir.__members__])
try:
    State.HALL = 3
except AttributeError as e:
    print("AttributeError:", e)
