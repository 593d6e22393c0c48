"""The CLI commands that answer the users' questions, one module each.

Each module defines one click command, named like the library module it
calls (``analyses.chains`` -> ``plangraph chains``).
"""

from __future__ import annotations

import click

__all__ = ["register"]


def register(main: click.Group) -> None:
    from . import chains, coverage, forums, owners, serve, suggest

    for module in (chains, owners, forums, suggest, coverage, serve):
        main.add_command(module.command)
