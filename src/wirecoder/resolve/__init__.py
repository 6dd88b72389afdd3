"""Resolvers: dates against the publication date, places against the gazetteer, actors to canonical names."""
