"""Table-model bases that the features' models build on, and the formatting of dates and times they share."""
