from ballotdesk.domain.search import fold, index_text, words


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
