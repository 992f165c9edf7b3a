"""The Ballots page: setting ballots up, boxes, papers issued, and keying preferential papers."""
