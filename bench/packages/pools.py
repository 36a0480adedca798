"""Package-name pools shared by gen_tree.py and gen_osv.py.

Both generators rebuild the same pools from the same seed, so the lockfiles and the advisories name the same
packages and versions without either reading the other's output. Each ecosystem gets a few thousand names in
the shapes that ecosystem really uses (scoped npm names, Maven group:artifact, Go module paths, PyPI names with
_ . - and capitals, NuGet dotted PascalCase, Packagist vendor/package), each with a release history (ascending
versions) and a popularity weight (Zipf-like: a few packages appear in most projects, as in real monorepos).
"""
import bisect
import itertools
import random

SEED = 5150

POOL_SIZES = {
    "npm": 5000, "PyPI": 3000, "Go": 2500, "crates.io": 2500, "Maven": 3000,
    "NuGet": 2500, "RubyGems": 2000, "Packagist": 2500,
}

SYLLABLES = ("ab ac ad al am an ap ar as at ba be bi bo bu ca ce ci co cu da de di do du el em en er es et fa fe fi "
             "fo ga ge gi go ha he hi ho in io is ja jo ka ke ki ko la le li lo lu ma me mi mo mu na ne ni no nu ob "
             "od ol om on op or os pa pe pi po pu qu ra re ri ro ru sa se si so su ta te ti to tu ul um un ur us va "
             "ve vi vo wa we wi xa xe yo za ze zi zo").split()
WORDS = ("async auth cache chart client codec color config core crypto csv data date debug diff dom env event "
         "express fetch file form format fs glob graph grpc hash http i18n image json jwt kit lang lint lock log "
         "mail markdown math merge meta mime mock net oauth orm parse path pdf plugin pool proxy query queue redis "
         "request retry router rpc schema semver server session shell sql stream string style sync task template "
         "test text time token tree type ui url utils uuid validate view watch web worker xml yaml zip").split()
ORGS = ("acme apache google hashicorp uber sirupsen spf13 gorilla labstack stretchr prometheus grafana golang "
        "cloudflare aws azure microsoft facebook twitter netflix square shopify stripe elastic mongodb redis "
        "jackc lib pkg kr mitchellh urfave go-chi gin-gonic segmentio vmware docker containerd opencontainers").split()


def word(rng):
    """A pronounceable made-up word of two to four syllables, or a common library word."""
    if rng.random() < 0.45:
        return rng.choice(WORDS)
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def _npm(rng):
    base = "-".join(word(rng) for _ in range(rng.choice((1, 1, 2, 2, 3))))
    r = rng.random()
    if r < 0.30:
        return f"@{word(rng)}/{base}"
    if r < 0.36:
        return f"{word(rng)}.{word(rng)}"
    return base


def _pypi(rng):
    sep = rng.choice(("-", "-", "_", ".", ""))
    parts = [word(rng) for _ in range(rng.choice((1, 2, 2, 3)))]
    name = sep.join(parts) if sep else "".join(parts)
    r = rng.random()
    if r < 0.15:
        name = "-".join(p.capitalize() for p in name.replace("_", "-").replace(".", "-").split("-"))
    elif r < 0.20:
        name = "py" + name
    return name


def _go(rng):
    r = rng.random()
    if r < 0.70:
        path = f"github.com/{rng.choice(ORGS)}-{word(rng)}/{word(rng)}-{word(rng)}"
    elif r < 0.80:
        path = f"golang.org/x/{word(rng)}{word(rng)}"
    elif r < 0.88:
        path = f"go.{word(rng)}.org/{word(rng)}"
    elif r < 0.94:
        path = f"k8s.io/{word(rng)}-{word(rng)}"
    else:
        return f"gopkg.in/{word(rng)}.v{rng.randint(1, 3)}"
    if rng.random() < 0.15:
        path += f"/v{rng.randint(2, 5)}"
    return path


def _crate(rng):
    return rng.choice(("_", "-", "-")).join(word(rng) for _ in range(rng.choice((1, 2, 2, 3))))


def _maven(rng):
    group = ".".join([rng.choice(("org", "com", "io", "net")), rng.choice(ORGS)] + [word(rng) for _ in range(rng.randint(0, 2))])
    artifact = "-".join(word(rng) for _ in range(rng.choice((1, 2, 2, 3))))
    return f"{group}:{artifact}"


def _nuget(rng):
    head = rng.choice(("Microsoft", "System", "Azure", "Newtonsoft", "Serilog", "NLog", "AutoMapper", "Polly", "Npgsql"))
    if rng.random() < 0.5:
        head = word(rng).capitalize()
    return ".".join([head] + [word(rng).capitalize() for _ in range(rng.randint(1, 3))])


def _gem(rng):
    return rng.choice(("-", "_", "-", "")).join(word(rng) for _ in range(rng.choice((1, 1, 2, 3))))


def _packagist(rng):
    return f"{word(rng)}/{'-'.join(word(rng) for _ in range(rng.choice((1, 2, 2, 3))))}"


SHAPES = {"npm": _npm, "PyPI": _pypi, "Go": _go, "crates.io": _crate, "Maven": _maven,
          "NuGet": _nuget, "RubyGems": _gem, "Packagist": _packagist}


def _history(rng, ecosystem):
    """Ascending release versions as the ecosystem writes them (Go with its leading v)."""
    major = rng.choice((0, 1, 1, 2, 3, 4, 5, 7, 12))
    minor, patch = rng.randint(0, 9), rng.randint(0, 5)
    versions = []
    for _ in range(rng.randint(6, 22)):
        r = rng.random()
        if r < 0.08:
            major, minor, patch = major + 1, 0, 0
        elif r < 0.40:
            minor, patch = minor + 1, 0
        else:
            patch += 1
        versions.append((major, minor, patch))
    out = []
    for i, (a, b, c) in enumerate(versions):
        v = f"{a}.{b}.{c}"
        if ecosystem == "Go":
            v = "v" + v
        elif ecosystem == "PyPI" and c == 0 and i % 3 == 0:
            v = f"{a}.{b}"
        elif ecosystem == "Maven" and i % 7 == 3:
            v += ".Final"
        elif ecosystem == "RubyGems" and i % 9 == 4:
            v += ".1"
        out.append(v)
    return out


class Pool:
    """One ecosystem's names, release histories and popularity, with weighted sampling."""

    def __init__(self, ecosystem, names, histories):
        self.ecosystem = ecosystem
        self.names = names
        self.histories = histories
        self.keys = {self.key(n) for n in names}
        # Zipf-like weights over a shuffled order: rank 1 is in most projects, the tail in a few.
        self.cumulative = list(itertools.accumulate(1.0 / (rank + 1) ** 0.9 for rank in range(len(names))))

    @staticmethod
    def key(name):
        """The name as the ecosystem compares it (case and -_. folded, as PyPI and NuGet do)."""
        return name.lower().replace("_", "-").replace(".", "-")

    def pick(self, rng):
        """The index of one package, popular ones more often."""
        return bisect.bisect_left(self.cumulative, rng.random() * self.cumulative[-1])

    def sample(self, rng, k):
        """k distinct package indexes, popular ones more often."""
        k = min(k, len(self.names))
        chosen = {}
        while len(chosen) < k:
            chosen.setdefault(self.pick(rng), None)
        return list(chosen)

    def version_for_lock(self, rng, index):
        """The version a project pins: mostly the latest releases, sometimes an old one."""
        history = self.histories[index]
        r = rng.random()
        if r < 0.72:
            return history[-1]
        if r < 0.87:
            return history[max(0, len(history) - 2)]
        return rng.choice(history)


def build_pools(seed=SEED):
    """Every ecosystem's pool, the same for the same seed."""
    pools = {}
    for ecosystem, size in POOL_SIZES.items():
        rng = random.Random(f"{seed}:{ecosystem}")
        names, seen = [], set()
        shape = SHAPES[ecosystem]
        while len(names) < size:
            name = shape(rng)
            key = name.lower().replace("_", "-").replace(".", "-")
            if key not in seen:
                seen.add(key)
                names.append(name)
        histories = [_history(rng, ecosystem) for _ in names]
        pools[ecosystem] = Pool(ecosystem, names, histories)
    return pools
