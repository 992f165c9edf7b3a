"""BallotDesk."""
