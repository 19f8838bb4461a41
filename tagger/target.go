package tagger

import (
	"fmt"
	"strings"

	"github.com/stancetag/stancetag/entities"
)

// ParseTarget parses the command line's target syntax, Name[=alias|alias…]:
// a canonical name, optionally followed by "=" and the other names it goes
// by, separated by "|". Spaces around each name are trimmed, empty aliases
// are skipped, and an alias equal to the name (or to an earlier alias) is
// dropped. The target's Type is left zero, which means PLATFORM: a target
// named this way is matched like a platform and gets stance records like
// one.
//
// The error wraps [ErrInvalidTarget] if the name is empty.
func ParseTarget(s string) (entities.Target, error) {
	name, aliases, hasAliases := strings.Cut(s, "=")
	name = strings.TrimSpace(name)
	if name == "" {
		return entities.Target{}, fmt.Errorf("%w %q: empty name (want Name[=alias|alias…])", ErrInvalidTarget, s)
	}
	tg := entities.Target{Name: name, Aliases: []string{}}
	if hasAliases {
		seen := map[string]bool{name: true}
		for a := range strings.SplitSeq(aliases, "|") {
			a = strings.TrimSpace(a)
			if a == "" || seen[a] {
				continue
			}
			seen[a] = true
			tg.Aliases = append(tg.Aliases, a)
		}
	}
	return tg, nil
}

// FormatTarget is the inverse of [ParseTarget]: the target as
// Name[=alias|alias…]. The Type is not represented.
func FormatTarget(tg entities.Target) string {
	if len(tg.Aliases) == 0 {
		return tg.Name
	}
	return tg.Name + "=" + strings.Join(tg.Aliases, "|")
}
