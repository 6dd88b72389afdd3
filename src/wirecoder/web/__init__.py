"""wirecoder.web."""
