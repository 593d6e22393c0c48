"""The CLI's commands, one module each. Each opens the store, calls the
library function of the same name (``plangraph chains`` calls
``plangraph.api.chains``) and prints the answer; their options are defined
once, in ``common``."""

from __future__ import annotations

import click

__all__ = ["register", "NAMES"]

NAMES = ("load", "check", "annotate", "export", "diff", "chains", "impact", "owners", "forums", "suggest", "coverage", "serve",
         "brief", "remove")


def register(main: click.Group) -> None:
    from importlib import import_module

    for name in NAMES:
        main.add_command(import_module(f"{__name__}.{name}").command)
