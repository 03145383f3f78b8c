"""Analysis engines behind :func:`vfx_finder.process.analyse_stream`: ``local`` (worker processes) and ``dask``."""

ENGINES = ("local", "dask")
