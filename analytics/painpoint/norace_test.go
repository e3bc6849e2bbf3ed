//go:build !race

package painpoint

const raceEnabled = false
