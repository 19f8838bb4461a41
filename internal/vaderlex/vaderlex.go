// Package vaderlex loads the VADER sentiment lexicon
// (github.com/jonreiter/govader, MIT) once per process for the packages
// that read it: stance reads its valences, and entities asks whether a
// word in capitals is one of its words. The maps Load returns are shared:
// callers must not change them.
package vaderlex

import (
	"errors"
	"fmt"
	"sync"

	"github.com/jonreiter/govader"
)

type lexicon struct {
	words map[string]float64
	emoji map[string]string
}

var load = sync.OnceValues(func() (l lexicon, err error) {
	defer func() {
		if r := recover(); r != nil {
			// govader panics when an asset it embeds cannot be read.
			l, err = lexicon{}, fmt.Errorf("govader: %v", r)
		}
	}()
	sia := govader.NewSentimentIntensityAnalyzer()
	if sia == nil || len(sia.Lexicon) == 0 {
		return lexicon{}, errors.New("govader: empty lexicon")
	}
	return lexicon{sia.Lexicon, sia.EmojiDict}, nil
})

// Load returns VADER's lexicon (a word or phrase in lower case to its
// valence in [-4, 4]) and its emoji descriptions (an emoji to words such
// as "green heart"), loading them on the first call.
func Load() (words map[string]float64, emoji map[string]string, err error) {
	l, err := load()
	return l.words, l.emoji, err
}
