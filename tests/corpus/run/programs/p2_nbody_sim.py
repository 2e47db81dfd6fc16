"""Floating point physics: n-body style simulation and numeric integration with formatted output."""
import math

PI = math.pi
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


class Body:
    __slots__ = ("name", "x", "y", "z", "vx", "vy", "vz", "mass")

    def __init__(self, name, pos, vel, mass):
        self.name = name
        self.x, self.y, self.z = pos
        self.vx, self.vy, self.vz = (v * DAYS_PER_YEAR for v in vel)
        self.mass = mass * SOLAR_MASS


bodies = [
    Body("sun", (0, 0, 0), (0, 0, 0), 1),
    Body("jupiter", (4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01),
         (1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05), 9.54791938424326609e-04),
    Body("saturn", (8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01),
         (-2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05), 2.85885980666130812e-04),
    Body("uranus", (1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01),
         (2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05), 4.36624404335156298e-05),
    Body("neptune", (1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01),
         (2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05), 5.15138902046611451e-05),
]


def offset_momentum(bodies):
    px = sum(b.vx * b.mass for b in bodies)
    py = sum(b.vy * b.mass for b in bodies)
    pz = sum(b.vz * b.mass for b in bodies)
    sun = bodies[0]
    sun.vx, sun.vy, sun.vz = -px / SOLAR_MASS, -py / SOLAR_MASS, -pz / SOLAR_MASS


def energy(bodies):
    e = 0.0
    for i, b in enumerate(bodies):
        e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz)
        for b2 in bodies[i + 1:]:
            dx, dy, dz = b.x - b2.x, b.y - b2.y, b.z - b2.z
            e -= b.mass * b2.mass / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies, dt, n):
    pairs = [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]
    for _ in range(n):
        for b1, b2 in pairs:
            dx, dy, dz = b1.x - b2.x, b1.y - b2.y, b1.z - b2.z
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * math.sqrt(d2))
            m1, m2 = b1.mass * mag, b2.mass * mag
            b1.vx -= dx * m2; b1.vy -= dy * m2; b1.vz -= dz * m2
            b2.vx += dx * m1; b2.vy += dy * m1; b2.vz += dz * m1
        for b in bodies:
            b.x += dt * b.vx; b.y += dt * b.vy; b.z += dt * b.vz


offset_momentum(bodies)
print(f"{energy(bodies):.9f}")
for step in range(4):
    advance(bodies, 0.01, 5000)
    print(f"step {step}: energy {energy(bodies):.9f}")
for b in bodies:
    print(f"{b.name:<8} pos=({b.x:+.6f}, {b.y:+.6f}, {b.z:+.6f}) |v|={math.sqrt(b.vx**2 + b.vy**2 + b.vz**2):.6e}")


def simpson(f, a, b, n=1000):
    h = (b - a) / n
    s = f(a) + f(b)
    s += 4 * sum(f(a + (2 * k - 1) * h) for k in range(1, n // 2 + 1))
    s += 2 * sum(f(a + 2 * k * h) for k in range(1, n // 2))
    return s * h / 3


print(f"{simpson(math.sin, 0, PI):.12f} {simpson(lambda x: x * x, 0, 3):.12f} {simpson(math.exp, 0, 1):.12f}")


def newton(f, df, x0, tol=1e-12):
    for i in range(100):
        x1 = x0 - f(x0) / df(x0)
        if abs(x1 - x0) < tol:
            return x1, i
        x0 = x1
    raise RuntimeError("no convergence")


print(newton(lambda x: x * x - 2, lambda x: 2 * x, 1.0), newton(math.cos, lambda x: -math.sin(x), 1.0))
print(repr(sum(1 / k ** 2 for k in range(1, 100001))), math.pi ** 2 / 6)
xs = [i * 0.1 for i in range(11)]
print(xs, [round(x, 1) for x in xs][3], 0.1 * 3, 1.1 * 1.1, 1e-9 + 1 - 1)
