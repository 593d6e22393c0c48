"""The plangraph command line: each command opens the store, makes one
library call of the same name (see plangraph.api) and prints the answer.
The commands live in plangraph.commands, one module each."""

from __future__ import annotations

import click

from .commands import register
from .outputs.paths import OutputError
from .stores.base import StoreError

__all__ = ["main"]


class _Commands(click.Group):
    """Any store problem (nothing loaded yet, no server, a file unreadable)
    or output problem (no such folder, the store itself) is shown as a
    one-line error saying what to do, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (StoreError, OutputError) as exc:
            raise click.ClickException(str(exc)) from None


@click.group(cls=_Commands)
@click.version_option(package_name="plangraph")
def main() -> None:
    """Turn a partnership's 4P delivery plans into a graph you can explore."""


register(main)
