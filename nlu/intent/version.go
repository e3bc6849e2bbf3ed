package intent

// Version returns the model's version string without copying the
// metadata (Meta clones it), for per-request use such as traces.
func (m *Model) Version() string { return m.meta.Version }
