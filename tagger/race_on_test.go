//go:build race

package tagger_test

// raceEnabled: the race detector slows tagging down about tenfold, so the
// tests of very large documents use smaller ones under -race.
const raceEnabled = true
