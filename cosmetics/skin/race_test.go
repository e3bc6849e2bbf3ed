//go:build race

package skin

const raceEnabled = true
