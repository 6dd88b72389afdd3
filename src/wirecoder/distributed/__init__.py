"""wirecoder.distributed."""
