"""MS Project XML (MSPDI) import: `reader.read_mspdi` and the modules it reads each part with."""
