"""The import contract (DESIGN §3), read from the source with `ast`: nothing here imports companion.

`check_layers(root)` returns one readable line per broken rule, e.g.
``companion/ui/x.py:12 ui imports journeys (companion.journeys.y)``; an empty list means the
package keeps the rules. `root` is the folder that holds the `companion` package, so a test can
point it at a fake package in a temp dir.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PACKAGE = "companion"

# Top to bottom; a module may import its own rank and any rank below it, never one above.
RANKS: dict[str, int] = {
    "cli": 7,
    "app": 7,
    "__main__": 7,
    "journeys": 6,
    "ui": 5,
    "render": 4,
    "services": 3,
    "integration": 2,
    "store": 1,
    "core": 0,
}

# Layer -> module prefixes it may not import anywhere (functions and TYPE_CHECKING included).
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "core": ("PySide6", "platformdirs", "sqlite3"),
    "integration": ("PySide6", "sqlite3"),
    "ui": ("sqlite3",),
    "render": ("sqlite3",),
    "services": ("sqlite3",),
    "journeys": ("sqlite3",),
    "cli": ("sqlite3",),
    "app": ("sqlite3",),
    "__main__": ("sqlite3",),
}

# Layer -> module prefixes it may not import when the module is imported (fast start: lazy
# imports inside functions are fine, and so are `if TYPE_CHECKING:` blocks, which never run).
NOT_AT_TOP_LEVEL: dict[str, tuple[str, ...]] = {
    "cli": ("PySide6.QtWidgets",),
}


@dataclass(frozen=True)
class Import:
    """One imported module name, where it stands, and whether it runs when the module loads."""

    line: int
    target: str
    at_import_time: bool


def check_layers(root: Path) -> list[str]:
    """Every broken import rule in root/companion/**/*.py, as readable lines, sorted."""
    modules = _modules(root)
    imports: dict[str, list[Import]] = {}
    problems: list[str] = []
    for name, path in modules.items():
        shown = path.relative_to(root).as_posix()
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=shown)
        except SyntaxError as error:
            problems.append(f"{shown}:{error.lineno} cannot be parsed: {error.msg}")
            continue
        found = list(_imports(tree, name, path.name == "__init__.py"))
        imports[name] = found
        problems += _broken_rules(shown, name, found)
    problems += _widgets_reached_at_start(root, modules, imports)
    return sorted(set(problems), key=_sort_key)


def long_modules(root: Path, limit: int = 400) -> list[str]:
    """Every module under root/companion longer than `limit` lines, longest first."""
    counted = [
        (len(path.read_text(encoding="utf-8").splitlines()), path.relative_to(root).as_posix())
        for path in _modules(root).values()
    ]
    return [
        f"{shown}: {lines} lines (limit {limit})"
        for lines, shown in sorted(counted, reverse=True)
        if lines > limit
    ]


def layer_of(module: str) -> str | None:
    """`ui` for companion.ui.theme; None for companion itself (APP_ID, __version__) and others."""
    parts = module.split(".")
    if parts[0] != PACKAGE or len(parts) == 1:
        return None
    return parts[1]


def _modules(root: Path) -> dict[str, Path]:
    package = root / PACKAGE
    found: dict[str, Path] = {}
    for path in sorted(package.rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _broken_rules(shown: str, name: str, found: list[Import]) -> Iterator[str]:
    own = layer_of(name)
    if own is not None and own not in RANKS:
        yield f"{shown}:1 {own} is not a layer of DESIGN §3"
        return
    for imp in found:
        target_layer = layer_of(imp.target)
        if own is not None and target_layer is not None:
            if target_layer not in RANKS:
                yield f"{shown}:{imp.line} {own} imports {target_layer}, not a layer ({imp.target})"
            elif RANKS[target_layer] > RANKS[own]:
                yield f"{shown}:{imp.line} {own} imports {target_layer} ({imp.target})"
        if own is None:
            continue
        for prefix in FORBIDDEN.get(own, ()):
            if _is_under(imp.target, prefix):
                yield f"{shown}:{imp.line} {own} imports {prefix} ({imp.target})"
        for prefix in NOT_AT_TOP_LEVEL.get(own, ()):
            if imp.at_import_time and _is_under(imp.target, prefix):
                where = f"{shown}:{imp.line} {own} imports {prefix}"
                yield f"{where} at module top level ({imp.target})"


def _widgets_reached_at_start(
    root: Path, modules: dict[str, Path], imports: dict[str, list[Import]]
) -> Iterator[str]:
    """A cli module must not reach a top-level widget import through other companion modules."""
    for layer, prefixes in NOT_AT_TOP_LEVEL.items():
        for name in modules:
            if layer_of(name) != layer:
                continue
            chain = _path_to(name, prefixes, modules, imports)
            if chain is not None and len(chain) > 2:  # length 2: the module's own import, above
                first = next(
                    (
                        i.line
                        for i in imports[name]
                        if i.at_import_time and _loads(i.target, chain[1])
                    ),
                    1,  # reached through a parent package's __init__
                )
                shown = modules[name].relative_to(root).as_posix()
                yield (
                    f"{shown}:{first} {layer} imports {chain[-1]} at module top level "
                    f"(through {' -> '.join(chain[1:-1])})"
                )


def _path_to(
    start: str,
    prefixes: tuple[str, ...],
    modules: dict[str, Path],
    imports: dict[str, list[Import]],
) -> list[str] | None:
    """The chain of modules loaded from `start` to a forbidden one, breadth first, or None."""
    # Importing a.b.c runs a/__init__ and a/b/__init__ first.
    queue: list[list[str]] = [[start]] + [[start, p] for p in _parents(start) if p in modules]
    seen = {chain[-1] for chain in queue}
    while queue:
        chain = queue.pop(0)
        for imp in imports.get(chain[-1], []):
            if not imp.at_import_time:
                continue
            hit = next((p for p in prefixes if _is_under(imp.target, p)), None)
            if hit is not None:
                return [*chain, hit]
            for loaded in _loaded_modules(imp.target, modules):
                if loaded not in seen:
                    seen.add(loaded)
                    queue.append([*chain, loaded])
    return None


def _loaded_modules(target: str, modules: dict[str, Path]) -> list[str]:
    """Importing a.b.c runs a, a.b and a.b.c: those of them that are ours."""
    parts = target.split(".")
    return [m for m in (".".join(parts[:i]) for i in range(1, len(parts) + 1)) if m in modules]


def _loads(target: str, module: str) -> bool:
    return _is_under(target, module) or module in _parents(target)


def _parents(name: str) -> list[str]:
    parts = name.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts))]


def _is_under(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def _imports(tree: ast.Module, module: str, is_package: bool) -> Iterator[Import]:
    package = module if is_package else module.rpartition(".")[0]
    yield from _walk(tree, package, at_import_time=True)


def _walk(node: ast.AST, package: str, *, at_import_time: bool) -> Iterator[Import]:
    for child in ast.iter_child_nodes(node):
        runs_now = at_import_time
        if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            runs_now = False
        if isinstance(child, ast.If) and _is_type_checking(child.test):
            # The body never runs; the else branch does.
            for inner in child.body:
                yield from _one(inner, package, at_import_time=False)
                yield from _walk(inner, package, at_import_time=False)
            for inner in child.orelse:
                yield from _one(inner, package, at_import_time=runs_now)
                yield from _walk(inner, package, at_import_time=runs_now)
            continue
        yield from _one(child, package, at_import_time=runs_now)
        yield from _walk(child, package, at_import_time=runs_now)


def _one(node: ast.AST, package: str, *, at_import_time: bool) -> Iterator[Import]:
    if isinstance(node, ast.Import):
        for alias in node.names:
            yield Import(node.lineno, alias.name, at_import_time)
    elif isinstance(node, ast.ImportFrom):
        base = _absolute(node.module, node.level, package)
        for alias in node.names:
            # The full name: `from PySide6 import QtWidgets` loads PySide6.QtWidgets, and
            # `from companion.journeys import y` shows as companion.journeys.y. Only the top
            # package holds plain names (APP_ID, __version__) next to its layers.
            if alias.name == "*" or (base == PACKAGE and alias.name not in RANKS):
                yield Import(node.lineno, base, at_import_time)
            else:
                yield Import(node.lineno, f"{base}.{alias.name}", at_import_time)
    elif isinstance(node, ast.Call) and _is_import_call(node.func) and node.args:
        target = _literal_prefix(node.args[0])
        if target is not None:
            yield Import(node.lineno, target, at_import_time)


def _absolute(module: str | None, level: int, package: str) -> str:
    if level == 0:
        return module or ""
    parts = package.split(".")
    # Beyond the top package Python refuses the import; it shows here as an outsider ("").
    base = "" if level > len(parts) else ".".join(parts[: len(parts) - (level - 1)])
    return f"{base}.{module}" if module else base


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _is_import_call(func: ast.expr) -> bool:
    if isinstance(func, ast.Attribute):
        return func.attr == "import_module"
    return isinstance(func, ast.Name) and func.id in ("import_module", "__import__")


def _literal_prefix(arg: ast.expr) -> str | None:
    """The module a literal names; for an f-string, its literal head up to the last whole name."""
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return arg.value
    if isinstance(arg, ast.JoinedStr) and arg.values:
        head = arg.values[0]
        if isinstance(head, ast.Constant) and isinstance(head.value, str) and "." in head.value:
            return head.value.rpartition(".")[0]
    return None


def _sort_key(line: str) -> tuple[str, int, str]:
    where, _, rest = line.partition(" ")
    path, _, number = where.partition(":")
    return (path, int(number) if number.isdigit() else 0, rest)


def summary(root: Path) -> str:
    """What the contract read and found, for a person: `python -m tests.architecture.layers`."""
    modules = _modules(root)
    per_layer: dict[str, int] = {}
    for name in modules:
        layer = layer_of(name) or PACKAGE
        per_layer[layer] = per_layer.get(layer, 0) + 1
    order = sorted(per_layer, key=lambda layer: -RANKS.get(layer, 8))
    problems = check_layers(root) + long_modules(root)
    lines = [
        f"{len(modules)} modules: " + ", ".join(f"{layer} {per_layer[layer]}" for layer in order),
        "layers, top to bottom: cli/app → journeys → ui → render → services → integration → "
        "store → core",
        *(problems or ["no broken import rule, no module over 400 lines"]),
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    print(summary(Path(__file__).resolve().parents[2]))
