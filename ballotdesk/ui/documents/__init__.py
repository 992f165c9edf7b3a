"""Documents on screen: print preview, printing and saving PDFs, and checking signed result sheets."""
