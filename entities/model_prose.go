package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// loadAnnotator returns the annotator. Until internal/prosemodel lands this
// is a rule-based stand-in: prose-like tokens, capitalization tags, no NER
// labels.
func loadAnnotator() (annotator, error) { return ruleAnnotator{}, nil }

type ruleAnnotator struct{}

func (ruleAnnotator) annotate(text string, s span, dst []rawToken) []rawToken {
	i := s.start
	for i < s.end {
		r, sz := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += sz
			continue
		}
		j := i
		for j < s.end {
			r2, sz2 := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r2) {
				break
			}
			j += sz2
		}
		dst = splitWord(text, i, j, dst)
		i = j
	}
	return dst
}

func splitWord(text string, i, j int, dst []rawToken) []rawToken {
	var suffix []rawToken
	for i < j {
		r, sz := utf8.DecodeRuneInString(text[i:])
		if strings.ContainsRune("$(\"[“‘", r) {
			dst = append(dst, mkTok(text, i, i+sz))
			i += sz
			continue
		}
		break
	}
	for j > i {
		r, sz := utf8.DecodeLastRuneInString(text[i:j])
		if strings.ContainsRune(",)\"]!;.?:'”’", r) {
			if r == '.' && isDotted(text[i:j-1]) {
				break
			}
			if r == '.' && len(text[i:j]) <= 4 && unicode.IsUpper(rune(text[i])) {
				break
			}
			suffix = append(suffix, mkTok(text, j-sz, j))
			j -= sz
			continue
		}
		break
	}
	if i < j {
		w := text[i:j]
		low := strings.ToLower(w)
		if k := strings.LastIndex(low, "'s"); k > 0 && k == len(w)-2 {
			dst = append(dst, mkTok(text, i, i+k), mkTok(text, i+k, j))
		} else if k := strings.LastIndex(low, "’s"); k > 0 && k == len(w)-4 {
			dst = append(dst, mkTok(text, i, i+k), mkTok(text, i+k, j))
		} else {
			dst = append(dst, mkTok(text, i, j))
		}
	}
	for k := len(suffix) - 1; k >= 0; k-- {
		dst = append(dst, suffix[k])
	}
	return dst
}

var quoteNorm = strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'")

func mkTok(text string, i, j int) rawToken {
	w := quoteNorm.Replace(text[i:j])
	tag := "NN"
	r, _ := utf8.DecodeRuneInString(w)
	switch {
	case unicode.IsUpper(r):
		tag = "NNP"
	case unicode.IsPunct(r):
		tag = w
	}
	return rawToken{start: i, end: j, norm: w, tag: tag, label: "O"}
}
