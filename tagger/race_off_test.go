//go:build !race

package tagger_test

// raceEnabled: see race_on_test.go.
const raceEnabled = false
