package customs

// Short exposes short for tests: whether a message without entities is
// short enough to be an answer or a correction.
func Short(text string) bool { return short(text, nil) }
