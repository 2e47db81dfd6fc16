# A tiny ray tracer: vectors as objects, spheres, diffuse lighting; prints a checksum of the image.
import math


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self * (1.0 / math.sqrt(self.dot(self)))


class Sphere:
    def __init__(self, center, radius, shade):
        self.center, self.radius, self.shade = center, radius, shade

    def intersect(self, origin, direction):
        oc = origin - self.center
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        t = -b - math.sqrt(disc)
        return t if t > 1e-6 else None


def render(w, h):
    spheres = [Sphere(Vec(0, -1, 3), 1, 0.9), Sphere(Vec(2, 0, 4), 1, 0.7), Sphere(Vec(-2, 0, 4), 1, 0.5),
               Sphere(Vec(0, -5001, 0), 5000, 0.3)]
    light = Vec(-1, 2, -1).norm()
    origin = Vec(0, 0, 0)
    total = 0.0
    for j in range(h):
        for i in range(w):
            d = Vec((i - w / 2) / w, (h / 2 - j) / h, 1).norm()
            best, hit = None, None
            for s in spheres:
                t = s.intersect(origin, d)
                if t is not None and (best is None or t < best):
                    best, hit = t, s
            if hit is not None:
                p = origin + d * best
                n = (p - hit.center).norm()
                total += hit.shade * max(0.0, n.dot(light))
    return total


print("%.4f" % render(160, 120))
