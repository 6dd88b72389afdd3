"""Export: the evaluation format, full JSON records, and (with the store) ACLED CSV, GeoJSON and Parquet."""
