"""wirecoder.store."""
