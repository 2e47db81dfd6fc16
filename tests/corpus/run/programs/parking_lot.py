from enum import Enum
from datetime import datetime, timedelta
from abc import ABC, abstractmethod
import math


class Size(Enum):
    SMALL = 1
    MEDIUM = 2
    LARGE = 3


class ParkingError(Exception):
    pass


class LotFull(ParkingError):
    def __init__(self, vehicle):
        super().__init__(f"no spot for {vehicle}")


class Vehicle(ABC):
    size: Size

    def __init__(self, plate):
        self.plate = plate

    @property
    @abstractmethod
    def rate(self): ...

    def __str__(self):
        return f"{type(self).__name__}[{self.plate}]"

    def __repr__(self):
        return f"{type(self).__name__}({self.plate!r})"


class Motorcycle(Vehicle):
    size = Size.SMALL
    rate = 1.0


class Car(Vehicle):
    size = Size.MEDIUM
    rate = 2.5


class Bus(Vehicle):
    size = Size.LARGE

    @property
    def rate(self):
        return 10.0


class Spot:
    def __init__(self, level, number, size):
        self.level, self.number, self.size = level, number, size
        self.vehicle = None

    def fits(self, v):
        return self.vehicle is None and v.size.value <= self.size.value

    def __repr__(self):
        return f"L{self.level}-{self.number:02d}({self.size.name[0]})"


class Ticket:
    counter = 0

    def __init__(self, vehicle, spot, at):
        Ticket.counter += 1
        self.id = Ticket.counter
        self.vehicle, self.spot, self.at = vehicle, spot, at


class Lot:
    def __init__(self, levels, layout):
        self.spots = [Spot(l, i, s) for l in range(levels) for i, s in enumerate(layout)]
        self.tickets = {}
        self.revenue = 0.0

    def park(self, v, at):
        if any(t.vehicle.plate == v.plate for t in self.tickets.values()):
            raise ParkingError(f"{v} already parked")
        candidates = sorted((s for s in self.spots if s.fits(v)), key=lambda s: (s.size.value, s.level, s.number))
        if not candidates:
            raise LotFull(v)
        spot = candidates[0]
        spot.vehicle = v
        t = Ticket(v, spot, at)
        self.tickets[t.id] = t
        return t

    def leave(self, ticket_id, at):
        try:
            t = self.tickets.pop(ticket_id)
        except KeyError:
            raise ParkingError(f"unknown ticket #{ticket_id}") from None
        t.spot.vehicle = None
        hours = max(1, math.ceil((at - t.at) / timedelta(hours=1)))
        fee = round(hours * t.vehicle.rate * (0.8 if hours > 5 else 1), 2)
        self.revenue += fee
        return hours, fee

    def occupancy(self):
        used = sum(1 for s in self.spots if s.vehicle)
        return f"{used}/{len(self.spots)} ({used / len(self.spots):.0%})"


lot = Lot(2, [Size.SMALL, Size.MEDIUM, Size.MEDIUM, Size.LARGE])
t0 = datetime(2024, 5, 1, 8, 0)
arrivals = [Car("CAR-1"), Motorcycle("MOTO-1"), Bus("BUS-1"), Car("CAR-2"), Car("CAR-3"), Bus("BUS-2"), Car("CAR-4"),
            Car("CAR-5"), Motorcycle("MOTO-2"), Bus("BUS-3"), Car("CAR-1")]
tickets = []
for i, v in enumerate(arrivals):
    try:
        t = lot.park(v, t0 + timedelta(minutes=15 * i))
        tickets.append(t)
        print(f"#{t.id:<2} {str(v):<18} -> {t.spot!r} at {t.at:%H:%M}")
    except LotFull as e:
        print("FULL:", e)
    except ParkingError as e:
        print("ERROR:", e)
print("occupancy", lot.occupancy())
for t, hrs in zip(tickets[::2], [0.5, 3.2, 7, 1]):
    out = t.at + timedelta(hours=hrs)
    print(f"{t.vehicle!r} leaves after {hrs}h:", lot.leave(t.id, out))
try:
    lot.leave(tickets[0].id, t0)
except ParkingError as e:
    print("ERROR:", e)
print("occupancy", lot.occupancy(), "revenue", f"${lot.revenue:,.2f}")
print(sorted(repr(s) for s in lot.spots if s.vehicle is None))
try:
    Vehicle("x")
except TypeError as e:
    print("TypeError:", e)
print(Bus("b").rate, Car.rate, isinstance(Car.__dict__["rate"], float), Size(2), Size.LARGE.value > Size.SMALL.value)
