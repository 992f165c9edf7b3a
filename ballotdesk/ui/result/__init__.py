"""The Result page: the combined result, lots, rounds, declaration, amendment, the sheet and exports."""
