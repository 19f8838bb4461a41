//go:build race

package prosemodel

const raceEnabled = true
