"""Another planner's XML file read safely: no entity expansion, no external entities, no DTD fetch.

defusedxml refuses an entity declaration outright, so a "billion laughs" bomb costs
nothing but the one clear message. Every way a file can fail to be the project file its
suffix promises (not XML, cut off, another kind of XML) is one line naming the file.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import parse

from planner.core.errors import InputError


def read_root(source: Path, root: str, kind: str) -> Element:
    """The root element of `source`, which must be `<root>`; InputError naming the file otherwise.

    `kind` names the format in messages: "GanttProject file".
    """
    try:
        tree = parse(source, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise InputError(
            f"{source.name}: the file declares XML entities, which Planner does not expand "
            f"(a {kind} has none); nothing was imported"
        ) from None
    except ParseError as error:
        raise InputError(_parse_problem(source, error, kind)) from None
    except (OSError, UnicodeError) as error:
        raise InputError(f"{source.name}: cannot be read ({error}); nothing was imported") from None
    element = tree.getroot()
    if element.tag != root:
        raise InputError(
            f"{source.name} is XML but not a {kind}: its root element is <{element.tag}>, not <{root}>; "
            "nothing was imported"
        )
    return element


def _parse_problem(source: Path, error: ParseError, kind: str) -> str:
    line, _column = getattr(error, "position", (0, 0))
    text = str(error)
    if text.startswith("no element found") or "unclosed token" in text:
        if _has_content(source):
            return f"{source.name}: the file ends before its XML is complete (line {line}); is it cut off?"
        return f"{source.name} is empty, not a {kind}"
    return f"{source.name} is not a {kind}: it is not XML ({text})"


def _has_content(source: Path) -> bool:
    with source.open("rb") as handle:
        return bool(handle.read(4096).strip())
