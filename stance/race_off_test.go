//go:build !race

package stance

const raceEnabled = false
