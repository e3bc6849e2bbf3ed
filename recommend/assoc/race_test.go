//go:build race

package assoc_test

const raceEnabled = true
