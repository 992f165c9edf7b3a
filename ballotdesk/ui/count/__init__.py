"""The Count page: tellers' entries box by box, the four-eyes check, disputes and recounts."""
