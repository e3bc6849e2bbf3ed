//go:build !race

package skin

const raceEnabled = false
