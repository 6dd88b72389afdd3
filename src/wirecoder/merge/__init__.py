"""wirecoder.merge."""
