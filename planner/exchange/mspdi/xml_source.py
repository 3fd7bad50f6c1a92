"""Reading an MS Project XML file safely, and saying plainly what is wrong with one that is not.

The parser is defusedxml's: a file that declares entities (the "billion laughs" bomb, an
external entity reaching for /etc/passwd or a URL) is refused as soon as the declaration is
read, before anything is expanded, so a hostile file costs neither memory nor a network
call. Element names lose their namespace (MS Project writes
http://schemas.microsoft.com/project; some tools write none), so the reader looks for
plain `Task`, `Calendar`, ...
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import parse

from planner.core.errors import InputError

NAMESPACE = "http://schemas.microsoft.com/project"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an .mpp (and any other OLE compound file)
_ENDED_EARLY = (3, 5, 6)  # expat: no element found, unclosed token, partial character


class NotMspdi(InputError):
    """The file is not MS Project XML, or is hostile, or is cut off."""


def load_root(source: Path) -> ET.Element:
    """The file's <Project> element with namespaces stripped; NotMspdi (one line) otherwise."""
    name = source.name
    with source.open("rb") as stream:
        head = stream.read(8)
    if head == _OLE_MAGIC:
        raise NotMspdi(f"{name}: this is a binary MS Project (.mpp) file; in MS Project save it as XML and import that")
    try:
        tree = parse(source, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise NotMspdi(
            f"{name}: the file declares XML entities (an entity bomb or an external reference); "
            "MS Project never writes them, so it was not read"
        ) from None
    except ET.ParseError as error:
        raise NotMspdi(_parse_problem(source, error)) from None
    root = tree.getroot()
    namespace, _, tag = root.tag.rpartition("}")
    if tag != "Project" or namespace.lstrip("{") not in ("", NAMESPACE):
        raise NotMspdi(f"{name}: this is XML but not MS Project XML (its root element is <{tag}>, not <Project>)")
    for element in root.iter():
        if isinstance(element.tag, str) and "}" in element.tag:
            element.tag = element.tag.rpartition("}")[2]
    return root


def _parse_problem(source: Path, error: ET.ParseError) -> str:
    """Why expat stopped: a file that ends before its XML does is cut off; anything else is not XML."""
    line, column = error.position
    code = getattr(error, "code", 0)
    with source.open("rb") as stream:
        text = stream.read()
    if not text.strip():
        return f"{source.name}: the file is empty"
    last_line = text.rstrip().count(b"\n") + 1
    if code in _ENDED_EARLY and line >= last_line:
        return f"{source.name}: the file ends in the middle of its XML (line {line}); it was probably cut off"
    return f"{source.name}: this is not XML (line {line}, column {column + 1}: {_reason(error)})"


def _reason(error: ET.ParseError) -> str:
    return str(error).split(":")[0]
