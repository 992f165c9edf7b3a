"""The Roll page: the membership list, adding or correcting a member, and importing an export."""
