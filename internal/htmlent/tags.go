package htmlent

import "strings"

// maxTag bounds the length of one tag, attributes included; a "<" with no
// ">" within it starts no tag.
const maxTag = 4096

// markupBreak is what a piece of markup shows as: nothing, a space or a
// line break.
type markupBreak uint8

const (
	none markupBreak = iota
	space
	line
)

func (b markupBreak) String() string { return [...]string{"", " ", "\n"}[b] }

// elements are the HTML element names whose tags Blank and Decode remove,
// with what each shows as: a line break for blocks, line breaks, list
// items and table rows; a space between table cells. A "<" before any
// other name ("<Twitter>", "<3", "a < b") is text.
var elements = map[string]markupBreak{
	"a": none, "abbr": none, "b": none, "bdi": none, "bdo": none, "cite": none, "code": none,
	"data": none, "del": none, "dfn": none, "em": none, "font": none, "i": none, "img": none,
	"ins": none, "kbd": none, "mark": none, "q": none, "s": none, "samp": none, "small": none,
	"span": none, "strong": none, "sub": none, "sup": none, "time": none, "u": none, "var": none,
	"wbr": none, "picture": none, "source": none, "video": none, "audio": none, "iframe": none,
	"embed": none, "object": none, "param": none, "label": none, "input": none, "button": none,
	"select": none, "option": none, "textarea": none, "form": none, "meta": none, "link": none,
	"html": line, "head": line, "body": line, "title": line, "base": line, "noscript": none,
	"p": line, "br": line, "div": line, "hr": line, "h1": line, "h2": line, "h3": line, "h4": line,
	"h5": line, "h6": line, "ul": line, "ol": line, "li": line, "dl": line, "dt": line, "dd": line,
	"blockquote": line, "pre": line, "figure": line, "figcaption": line, "table": line,
	"thead": line, "tbody": line, "tfoot": line, "tr": line, "td": space, "th": space,
	"caption": line, "section": line, "article": line, "aside": line, "header": line,
	"footer": line, "nav": line, "main": line, "address": line, "details": line, "summary": line,
	"script": line, "style": line,
}

// Blank returns text with its HTML markup replaced by spaces of the same
// length, so that every offset stays the same. Markup is what Decode
// removes: tags of known elements ("<p>", "</a>", `<a href="…">`,
// "<br/>"), comments, declarations such as "<!DOCTYPE html>", and script
// and style elements with their contents. Markup that breaks a line
// ("<p>", "</li>", "<br>") ends with a line break instead of its ">", as
// Decode replaces it with one, so that the text after "<p>" starts a
// line. Blank returns text itself when it has no markup.
func Blank(text string) string {
	var b []byte
	var open unclosed
	for i := 0; ; {
		j := strings.IndexByte(text[i:], '<')
		if j < 0 {
			break
		}
		i += j
		n, brk := markupAt(text, i, &open)
		if n == 0 {
			i++
			continue
		}
		if b == nil {
			b = []byte(text)
		}
		for k := i; k < i+n; k++ {
			b[k] = ' '
		}
		if brk == line {
			b[i+n-1] = '\n'
		}
		i += n
	}
	if b == nil {
		return text
	}
	return string(b)
}

// unclosed records the kinds of markup (comments, script and style
// elements) found to have no end after some point of a text, so that text
// with many of them is not searched to its end again and again.
type unclosed uint8

const (
	unclosedComment unclosed = 1 << iota
	unclosedScript
	unclosedStyle
)

func unclosedKind(name string) unclosed {
	if name == "script" {
		return unclosedScript
	}
	return unclosedStyle
}

// markupAt returns the length of the markup that starts at text[i] ("<"),
// a script or style element's contents and closing tag included, and what
// it shows as; or 0 when text[i:] starts no markup. See unclosed for open.
func markupAt(text string, i int, open *unclosed) (int, markupBreak) {
	n, name, brk := tagAt(text[i:], open)
	if n == 0 {
		return 0, none
	}
	end := i + n
	if (name == "script" || name == "style") && text[i+1] != '/' && *open&unclosedKind(name) == 0 {
		// The contents are code, not text: through the closing tag,
		// or only the opening tag if there is none.
		if k := indexFold(text[end:], "</"+name); k < 0 {
			*open |= unclosedKind(name)
		} else if m, _, _ := tagAt(text[end+k:], open); m > 0 {
			end += k + m
		}
	}
	return end - i, brk
}

// tagAt returns the length of the markup that starts s ("<" first), the
// element's lower-case name ("" for a comment or declaration) and what it
// shows as, or 0 when s starts no markup. See unclosed for open.
func tagAt(s string, open *unclosed) (n int, name string, brk markupBreak) {
	if strings.HasPrefix(s, "<!--") {
		if *open&unclosedComment == 0 {
			if k := strings.Index(s[4:], "-->"); k >= 0 {
				return 4 + k + 3, "", none
			}
			*open |= unclosedComment
		}
		return 0, "", none
	}
	k := 1
	if len(s) > 1 && (s[1] == '/' || s[1] == '!') {
		k = 2
	}
	a := k
	for k < len(s) && k-a < 16 && (isLetter(s[k]) || a < k && s[k] >= '0' && s[k] <= '9') {
		k++
	}
	if k == a || k == len(s) {
		return 0, "", none
	}
	if s[1] == '!' {
		if !strings.EqualFold(s[a:k], "doctype") {
			return 0, "", none
		}
	} else {
		name = strings.ToLower(s[a:k])
		var known bool
		if brk, known = elements[name]; !known {
			return 0, "", none
		}
	}
	switch s[k] {
	case ' ', '\t', '\n', '\r', '/', '>':
	default:
		return 0, "", none
	}
	// A quoted attribute value may hold ">", but no "<": stopping at
	// the next "<" keeps Blank linear on text full of unclosed tags.
	var quote byte
	for ; k < len(s) && k < maxTag; k++ {
		c := s[k]
		switch {
		case c == '<':
			return 0, "", none
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return k + 1, name, brk
		}
	}
	return 0, "", none
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// indexFold is strings.Index for an ASCII needle that starts with "<",
// ignoring case.
func indexFold(s, needle string) int {
	for i := 0; ; {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 {
			return -1
		}
		i += j
		if i+len(needle) <= len(s) && strings.EqualFold(s[i:i+len(needle)], needle) {
			return i
		}
		i++
	}
}
