"""The member fields BallotDesk imports, and which column of an export holds each one.

Apart from reading the file and its rows: :func:`guess_mapping` looks only at the header's names (the
import dialog proposes its answer to the chair), and :func:`check_mapping` only at the mapping the chair
confirmed, before any row is read with it.
"""

from __future__ import annotations

from ballotdesk.domain.words import translate

FIELDS: tuple[str, ...] = (
    "number",
    "first_name",
    "last_name",
    "ward",
    "postcode",
    "join_date",
    "status",
    "email",
)
"""The member fields BallotDesk imports, in the order the mapping dialog shows them."""

FIELD_LABELS: dict[str, str] = {
    "number": "Membership number",
    "first_name": "First name",
    "last_name": "Last name",
    "ward": "Ward or branch",
    "postcode": "Postcode",
    "join_date": "Join date",
    "status": "Membership status",
    "email": "Email address",
}
"""Plain English label for each field, for the mapping dialog and messages."""

# Header aliases, most specific first: when a file has both "Membership number"
# and a database "ID" column, the membership number wins.
_HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "number": (
        "membership number",
        "membership no",
        "member number",
        "member no",
        "membership id",
        "member id",
        "membership num",
        "member num",
        "number",
        "no.",
        "id",
    ),
    "first_name": ("first name", "forename", "given name", "firstname", "forenames",
                   "given names", "first names"),
    "last_name": ("last name", "surname", "family name", "lastname"),
    "ward": ("ward", "branch"),
    "postcode": ("postcode", "post code", "zip", "postal code", "zip code"),
    "join_date": ("join date", "joined", "date joined", "joining date", "start date",
                  "date of joining"),
    "status": ("status", "membership status", "member status"),
    "email": ("email", "e-mail", "email address", "e-mail address"),
}


def _normalise_header(header: str) -> str:
    """Lower-case and drop spaces and punctuation: "Member No." -> "memberno"."""
    return "".join(ch for ch in header.casefold() if ch.isalnum())


_NORMALISED_ALIASES: dict[str, tuple[str, ...]] = {
    field_name: tuple(_normalise_header(alias) for alias in aliases)
    for field_name, aliases in _HEADER_ALIASES.items()
}


def guess_mapping(headers: list[str]) -> dict[str, int]:
    """Propose which column holds each field, from the header names.

    Matching ignores case, spaces and punctuation, so "E-mail",
    "email" and "EMAIL " all match. Each column is used at most once, and
    more specific names win: with both "ID" and "Membership No." present,
    the membership number is taken from "Membership No.".

    Args:
        headers: Column names as read by :func:`read_csv`.

    Returns:
        ``{field: column index}`` for the fields that were recognised;
        fields with no matching column are left out.
    """
    normalised = [_normalise_header(header) for header in headers]
    used: set[int] = set()
    mapping: dict[str, int] = {}
    for field_name in FIELDS:
        for alias in _NORMALISED_ALIASES[field_name]:
            index = next(
                (i for i, name in enumerate(normalised) if name == alias and i not in used),
                None,
            )
            if index is not None:
                mapping[field_name] = index
                used.add(index)
                break
    return mapping


def check_mapping(mapping: dict[str, int], width: int) -> None:
    if "number" not in mapping:
        raise ValueError(translate(
            "RollCsv", "Choose which column holds the membership number; it is needed to import members."))
    unknown = sorted(set(mapping) - set(FIELDS))
    if unknown:
        names = ", ".join(unknown)
        raise ValueError(translate("RollCsv", "Unknown field(s) in the column mapping: {0}.").format(names))
    seen: dict[int, str] = {}
    for field_name, index in mapping.items():
        label = translate("Domain", FIELD_LABELS[field_name])
        if not 0 <= index < width:
            raise ValueError(translate(
                "RollCsv", "{0} is mapped to column {1}, but the file has {2} columns.").format(
                label, index + 1, width))
        if index in seen:
            raise ValueError(translate(
                "RollCsv", "{0} and {1} are both mapped to column {2}; each column can hold only one field.").format(
                label, translate("Domain", FIELD_LABELS[seen[index]]), index + 1))
        seen[index] = field_name
