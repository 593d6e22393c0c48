"""The explorer's networks: built from the store's answers (build.py) and
written as standalone offline HTML pages (page.py, template page.html)."""

from .build import (CHAIN_LIMIT, FORUM_LIMIT, MAP_LIMIT, STATUS_COLOURS, Drawing, chain_network, forum_network,
                    plan_network, task_url)
from .page import remote_resources, to_html

__all__ = ["STATUS_COLOURS", "Drawing", "chain_network", "plan_network", "forum_network", "to_html",
           "remote_resources", "task_url", "CHAIN_LIMIT", "MAP_LIMIT", "FORUM_LIMIT"]
