package entities

import (
	"strings"
	"sync"
)

// builtinPlatformNames is the lower-cased set of every canonical name,
// alias and ambiguous name in builtinPlatforms, built on first use.
var builtinPlatformNames = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range builtinPlatforms {
		m[strings.ToLower(p.name)] = true
		for _, a := range p.aliases {
			m[strings.ToLower(a)] = true
		}
		for _, a := range p.ambiguous {
			m[strings.ToLower(a)] = true
		}
	}
	return m
})

// BuiltinPlatform reports whether name, compared case-insensitively, is the
// canonical name or an alias of a built-in platform: the platforms the
// Recognizer finds without WithTargets ("Twitter", "X", "Facebook
// Messenger", "Truth Social", ...). It reads the same table as the
// Recognizer, so the two always agree. Only whole names match: surrounding
// white space and @/# handle prefixes are not stripped.
func BuiltinPlatform(name string) bool {
	return builtinPlatformNames()[strings.ToLower(name)]
}
