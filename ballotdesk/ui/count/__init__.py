"""The Count page: tellers enter each box twice and blind, the chair resolves differences and disputes."""
