//go:build race

package stance

const raceEnabled = true
