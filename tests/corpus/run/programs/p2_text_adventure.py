"""A tiny text adventure driven by a scripted command list."""
from dataclasses import dataclass, field
from enum import Enum, auto


class Direction(Enum):
    NORTH = auto()
    SOUTH = auto()
    EAST = auto()
    WEST = auto()

    @classmethod
    def parse(cls, word):
        aliases = {"n": cls.NORTH, "s": cls.SOUTH, "e": cls.EAST, "w": cls.WEST}
        if word in aliases:
            return aliases[word]
        try:
            return cls[word.upper()]
        except KeyError:
            raise ValueError(f"unknown direction {word!r}") from None


@dataclass
class Room:
    name: str
    description: str
    items: list = field(default_factory=list)
    exits: dict = field(default_factory=dict)
    locked: bool = False

    def describe(self):
        lines = [f"== {self.name} ==", self.description]
        if self.items:
            lines.append("You see: " + ", ".join(sorted(self.items)))
        if self.exits:
            names = sorted(d.name.lower() for d in self.exits)
            lines.append("Exits: " + " ".join(names))
        return "\n".join(lines)


class GameOver(Exception):
    pass


class Game:
    def __init__(self):
        self.rooms = {}
        self.inventory = []
        self.moves = 0
        self.score = 0
        hall = self.add(Room("Hall", "A dusty hall.", ["lamp"]))
        library = self.add(Room("Library", "Shelves of old books.", ["book", "key"]))
        vault = self.add(Room("Vault", "A cold vault full of gold.", ["gold"], locked=True))
        garden = self.add(Room("Garden", "Overgrown and quiet.", ["rose"]))
        self.link(hall, Direction.NORTH, library)
        self.link(hall, Direction.EAST, garden)
        self.link(library, Direction.EAST, vault)
        self.current = hall

    def add(self, room):
        self.rooms[room.name] = room
        return room

    @staticmethod
    def link(a, d, b):
        opposite = {Direction.NORTH: Direction.SOUTH, Direction.SOUTH: Direction.NORTH,
                    Direction.EAST: Direction.WEST, Direction.WEST: Direction.EAST}
        a.exits[d] = b
        b.exits[opposite[d]] = a

    def do(self, line):
        self.moves += 1
        verb, _, rest = line.strip().partition(" ")
        match verb.lower():
            case "look":
                return self.current.describe()
            case "go" | "walk":
                d = Direction.parse(rest)
                target = self.current.exits.get(d)
                if target is None:
                    return "You can't go that way."
                if target.locked:
                    if "key" in self.inventory:
                        target.locked = False
                        self.score += 5
                        msg = f"You unlock the {target.name}. "
                    else:
                        return f"The {target.name} is locked."
                else:
                    msg = ""
                self.current = target
                return msg + self.current.describe()
            case "take":
                if rest in self.current.items:
                    self.current.items.remove(rest)
                    self.inventory.append(rest)
                    self.score += 10 if rest == "gold" else 1
                    return f"Taken: {rest}"
                return f"There is no {rest} here."
            case "drop":
                if rest not in self.inventory:
                    return f"You don't have {rest}."
                self.inventory.remove(rest)
                self.current.items.append(rest)
                return f"Dropped: {rest}"
            case "inv" | "inventory":
                return "Carrying: " + (", ".join(self.inventory) or "nothing")
            case "quit":
                raise GameOver(f"quit after {self.moves} moves")
            case _:
                return f"I don't understand {verb!r}."


script = """look
go n
take book
take key
go e
take gold
go w
go s
go e
take rose
drop book
look
inv
dance
go up
go x
quit
look""".splitlines()

game = Game()
for cmd in script:
    print(f"> {cmd}")
    try:
        print(game.do(cmd))
    except ValueError as e:
        print(f"Error: {e}")
    except GameOver as e:
        print(f"Game over: {e}")
        break
print(f"Score: {game.score:>4} | Moves: {game.moves:03d}")
print(sorted(Direction, key=lambda d: d.name))
print(repr(game.rooms["Vault"]))
