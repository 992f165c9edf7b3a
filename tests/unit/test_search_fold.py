import random

from ballotdesk.domain.search import fold, index_columns, index_text, words


def test_fold_strips_accents_case_and_punctuation():
    assert fold("Zoë") == "zoe"
    assert fold("O'Brien") == "obrien"
    assert fold("O’Brien") == "obrien"
    assert fold("Łukasz") == "lukasz"
    assert fold("Adébáyọ̀") == "adebayo"
    assert fold("Yıldız") == "yildiz"


def test_words_split_on_spaces_and_hyphens():
    assert words("  smith   jo ") == ["smith", "jo"]
    assert words("Smith-Jones") == ["smith", "jones"]


def test_index_text_holds_parts_and_joined_forms():
    text = index_text("John", "Smith-Jones", "1005", "SA16 5EE")
    assert set(text.split()) >= {"john", "smith", "jones", "smithjones", "1005", "sa16", "5ee", "sa165ee"}


def test_names_with_an_apostrophe_are_also_found_in_parts():
    assert set(index_text("", "O'Brien", "", "").split()) == {"obrien", "o", "brien"}
    assert set(index_text("", "D’Arcy-Smith", "", "").split()) >= {"darcy", "smith", "darcysmith", "d", "arcy"}


def test_whole_columns_are_indexed_as_one_member_at_a_time():
    people = [("Zoë", "O'Brien", "1001", "SA15 1AA"), ("Jo", "Smith", "A-17", "sa15  2bb"),
              ("", "", "1003", ""), ("Łukasz", "Wójcik", "1004", "CF10 1AA")]
    first, last, number, postcode = (list(c) for c in zip(*people, strict=True))
    texts, sort_keys = index_columns(first, last, number, postcode)
    assert texts == [index_text(*p) for p in people]
    assert sort_keys == [f"{fold(p[1])} {fold(p[0])}" for p in people]
    plain = index_columns(["Ann"], ["Able"], ["1001"], ["SA15 1AA"])  # every column plain ASCII
    assert plain == ([index_text("Ann", "Able", "1001", "SA15 1AA")], ["able ann"])
    assert "  " not in " ".join(texts)


def test_whole_columns_give_what_one_member_at_a_time_gives_whatever_the_mix():
    """The column fast paths (one word each, plain ASCII, gaps joined again) never change a member's words."""
    rng = random.Random(3)
    pool = ["", "Ann", "O'Brien", "Smith-Jones", "Siân", "de la Cruz", "  ", "12345", "AB1 2CD", "ab12cd", "-",
            "Mary Ann", "Łucja", "x y z"]
    for trial in range(300):
        n = rng.randint(0, 30)
        columns = [[rng.choice(pool) for _ in range(n)] for _ in range(4)]
        if trial % 3 == 0:  # plain ASCII columns: numbers in one word, postcodes mostly in two, a few missing
            columns[2] = [str(rng.randint(1, 99999)) for _ in range(n)]
            columns[3] = [rng.choice(["AB1 2CD", "CF10 3AT", "", "SA1"]) for _ in range(n)]
        texts, _keys = index_columns(*columns)
        assert texts == [index_text(*member) for member in zip(*columns, strict=True)], columns
