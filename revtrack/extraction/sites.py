"""Per-site extraction rules: the few things a general extractor cannot know about a site.

A rule names the sites it is for (host suffixes) and the parts of their pages that are
never article text, as XPath (a recommendation box inside the article, a share bar that
trafilatura keeps). Extraction removes those parts before anything else reads the page.
The registry starts empty on purpose: a rule is for what no general mechanism can tell,
and each one needs a test page in that site's style.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from lxml.html import HtmlElement


@dataclass(frozen=True)
class SiteRule:
    """What to drop from the pages of some sites before extracting them."""

    name: str
    hosts: tuple[str, ...]
    drop: tuple[str, ...] = ()

    def applies_to(self, url: str | None) -> bool:
        """Whether ``url``'s host is one of ``hosts`` or below one of them."""
        host = (urlsplit(url).hostname or "").lower() if url else ""
        return bool(host) and any(host == h or host.endswith("." + h) for h in self.hosts)


_RULES: list[SiteRule] = []


def register(rule: SiteRule) -> None:
    """Add ``rule`` to the registry (a rule of the same name is replaced)."""
    unregister(rule.name)
    _RULES.append(rule)


def unregister(name: str) -> None:
    """Remove the rule called ``name``, if there is one."""
    _RULES[:] = [r for r in _RULES if r.name != name]


def rules_for(url: str | None) -> list[SiteRule]:
    """The registered rules that apply to ``url``, in the order they were registered."""
    return [rule for rule in _RULES if rule.applies_to(url)]


def apply_rules(tree: HtmlElement, url: str | None) -> None:
    """Drop from ``tree`` what the rules for ``url`` say is never article text."""
    for rule in rules_for(url):
        for xpath in rule.drop:
            for element in tree.xpath(xpath):
                if getattr(element, "getparent", None) and element.getparent() is not None:
                    element.drop_tree()
