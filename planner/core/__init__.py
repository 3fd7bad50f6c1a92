"""The domain and its algorithms: pure Python, no Qt, no SQL, no file I/O."""
