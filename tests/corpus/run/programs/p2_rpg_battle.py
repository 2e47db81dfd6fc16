"""Turn-based RPG battle with class hierarchy, status effects, seeded randomness and a combat log."""
import random
from abc import ABC, abstractmethod


class Effect:
    def __init__(self, name, turns, per_turn=0, atk_mod=1.0):
        self.name, self.turns, self.per_turn, self.atk_mod = name, turns, per_turn, atk_mod

    def __repr__(self):
        return f"{self.name}({self.turns})"


class Unit(ABC):
    def __init__(self, name, hp, atk, dfn, spd):
        self.name, self.max_hp, self.hp, self.atk, self.dfn, self.spd = name, hp, hp, atk, dfn, spd
        self.effects = []

    @property
    def alive(self):
        return self.hp > 0

    def attack_power(self):
        mod = 1.0
        for e in self.effects:
            mod *= e.atk_mod
        return self.atk * mod

    def take(self, dmg):
        dmg = max(1, int(dmg - self.dfn * 0.5))
        self.hp = max(0, self.hp - dmg)
        return dmg

    def tick(self, log):
        for e in list(self.effects):
            if e.per_turn:
                self.hp = max(0, min(self.max_hp, self.hp - e.per_turn))
                log.append(f"    {self.name} {'suffers' if e.per_turn > 0 else 'recovers'} {abs(e.per_turn)} from {e.name}")
            e.turns -= 1
            if e.turns == 0:
                self.effects.remove(e)
                log.append(f"    {self.name}'s {e.name} wears off")

    @abstractmethod
    def act(self, rng, allies, foes, log):
        ...

    def __str__(self):
        return f"{self.name}[{self.hp}/{self.max_hp}]{self.effects if self.effects else ''}"


class Warrior(Unit):
    def act(self, rng, allies, foes, log):
        target = min(foes, key=lambda f: (f.hp, f.name))
        crit = rng.random() < 0.2
        dmg = target.take(self.attack_power() * (2 if crit else 1))
        log.append(f"  {self.name} strikes {target.name} for {dmg}{' (critical!)' if crit else ''}")


class Mage(Unit):
    def act(self, rng, allies, foes, log):
        if rng.random() < 0.4:
            for f in foes:
                f.effects.append(Effect("burn", 2, per_turn=4))
            log.append(f"  {self.name} casts fireball: everyone burns")
        else:
            target = rng.choice(foes)
            dmg = target.take(self.attack_power() * 1.5)
            log.append(f"  {self.name} zaps {target.name} for {dmg}")


class Cleric(Unit):
    def act(self, rng, allies, foes, log):
        hurt = [a for a in allies if a.hp < a.max_hp * 0.6]
        if hurt:
            t = min(hurt, key=lambda a: a.hp / a.max_hp)
            t.effects.append(Effect("regen", 3, per_turn=-5))
            t.hp = min(t.max_hp, t.hp + 12)
            log.append(f"  {self.name} heals {t.name} (+12, regen)")
        else:
            target = rng.choice(foes)
            target.effects.append(Effect("weaken", 2, atk_mod=0.6))
            log.append(f"  {self.name} weakens {target.name}")


class Goblin(Unit):
    def act(self, rng, allies, foes, log):
        target = rng.choice(foes)
        dmg = target.take(self.attack_power())
        log.append(f"  {self.name} stabs {target.name} for {dmg}")


def battle(seed):
    rng = random.Random(seed)
    heroes = [Warrior("Brak", 60, 14, 8, 5), Mage("Ilsa", 35, 12, 3, 7), Cleric("Oden", 45, 6, 6, 4)]
    monsters = [Goblin(f"Gob{i}", 30 + 5 * i, 9 + i, 4, 6 - i) for i in range(4)]
    log = []
    for rnd in range(1, 30):
        log.append(f"Round {rnd}")
        order = sorted((u for u in heroes + monsters if u.alive), key=lambda u: (-u.spd, u.name))
        for u in order:
            if not u.alive:
                continue
            side, other = (heroes, monsters) if u in heroes else (monsters, heroes)
            foes = [f for f in other if f.alive]
            if not foes:
                break
            u.act(rng, [a for a in side if a.alive], foes, log)
        for u in heroes + monsters:
            if u.alive:
                u.tick(log)
                if not u.alive:
                    log.append(f"    {u.name} succumbs")
        if not any(m.alive for m in monsters) or not any(h.alive for h in heroes):
            break
    winner = "heroes" if any(h.alive for h in heroes) else "monsters"
    return winner, rnd, log, heroes + monsters


winner, rounds, log, units = battle(11)
print("\n".join(log[:40]))
print("...")
print(f"{winner} win after {rounds} rounds")
print(" ".join(str(u) for u in units))
print([battle(s)[0][0] for s in range(12)])
