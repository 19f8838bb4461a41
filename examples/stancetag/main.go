// Command stancetag tags documents with entities and stances and prints the
// result for people or, with -json or -jsonl, as the JSON of the output
// contract.
//
// Usage:
//
//	stancetag [flags] [file ...]
//
// With no file, stdin is one document. Each file is one document whose id
// is its path. With -jsonl, the input (stdin, or the files one after the
// other) is JSON Lines, one record per line:
//
//	{"id": "any string", "text": "…", "targets": ["Name", …]}
//
// and the output has exactly one line per input line, in order: the result,
// or {"id": …, "line": N, "error": "why"} for a line that is not a valid
// record (the id is null when it cannot be read). Blank lines are lines:
// they get an error line too.
//
// Exit status: 0 if every document was tagged; 1 if any failed (an error
// line in -jsonl, a message on stderr otherwise); 2 for usage errors; 130 if
// interrupted.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"os/signal"
	"strings"
	"sync"
	"time"

	"github.com/stancetag/stancetag/entities"
	"github.com/stancetag/stancetag/tagger"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

const (
	exitOK          = 0
	exitFailed      = 1
	exitUsage       = 2
	exitInterrupted = 130
)

const usageText = `usage: stancetag [flags] [file ...]

Tags each document (stdin, or each file) with its entities and stances.
Default output is a summary for people; -json prints the JSON result, one
per line; -jsonl reads JSON Lines records {"id","text","targets"} and
prints one JSON line per input line, in order.

Flags:
`

type config struct {
	json, jsonl bool
	targets     []entities.Target
	workers     int
	maxBytes    int
	files       []string
}

// run is the whole command, with its environment passed in so tests can
// drive it. It returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, status, ok := parseFlags(args, stderr)
	if !ok {
		return status
	}

	// The first interrupt stops the work cleanly; a second one kills.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	context.AfterFunc(ctx, stop)

	t, err := tagger.New(
		tagger.WithTargets(cfg.targets...),
		tagger.WithMaxBytes(cfg.maxBytes),
		tagger.WithWorkers(cfg.workers),
	)
	if err != nil {
		fmt.Fprintf(stderr, "stancetag: %v\n", err)
		return exitFailed
	}

	out := bufio.NewWriter(stdout)
	defer out.Flush()
	if cfg.jsonl {
		return runJSONL(ctx, t, cfg, stdin, out, stderr)
	}
	return runDocuments(ctx, t, cfg, stdin, out, stderr)
}

func parseFlags(args []string, stderr io.Writer) (cfg config, status int, ok bool) {
	fs := flag.NewFlagSet("stancetag", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usageText)
		fs.PrintDefaults()
	}
	fs.BoolVar(&cfg.json, "json", false, "print one compact JSON result per document, one per line")
	fs.BoolVar(&cfg.jsonl, "jsonl", false, "read JSON Lines records and print one JSON line per input line")
	fs.Func("target", "an extra stance target `Name[=alias|alias…]`, for every document (repeatable)", func(s string) error {
		tg, err := tagger.ParseTarget(s)
		if err != nil {
			return err
		}
		cfg.targets = append(cfg.targets, tg)
		return nil
	})
	fs.IntVar(&cfg.workers, "workers", 0, "documents tagged at once (default: the number of CPUs)")
	fs.IntVar(&cfg.maxBytes, "max-bytes", tagger.DefaultMaxBytes,
		"largest document in bytes, 0 for no limit; a -jsonl line may be 6×this+64KiB")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return cfg, exitOK, false
		}
		// The flag package has printed the error and the usage.
		return cfg, exitUsage, false
	}
	if cfg.workers < 0 {
		fmt.Fprintln(stderr, "stancetag: -workers must not be negative")
		return cfg, exitUsage, false
	}
	if cfg.maxBytes < 0 {
		fmt.Fprintln(stderr, "stancetag: -max-bytes must not be negative")
		return cfg, exitUsage, false
	}
	cfg.files = fs.Args()
	return cfg, exitOK, true
}

// item is one input document or line, with what the command knows about it
// before tagging: where it came from, and why it cannot be tagged, if so.
type item struct {
	in    tagger.Input
	line  int    // input line number, for -jsonl
	id    string // the id, if readable
	hasID bool
	err   error // the input is broken: report this instead of tagging
}

// inOrder feeds items to Tagger.Stream and pairs each Output with its item.
// Broken items go through the Stream too, as empty documents that cost
// nothing to tag, so that every item gets exactly one Output, in order: N
// lines in, N lines out, by construction.
type inOrder struct {
	mu      sync.Mutex
	pending map[int]item
}

func (p *inOrder) inputs(items iter.Seq[item]) iter.Seq[tagger.Input] {
	return func(yield func(tagger.Input) bool) {
		i := 0
		for it := range items {
			p.mu.Lock()
			p.pending[i] = it
			p.mu.Unlock()
			i++
			in := it.in
			if it.err != nil {
				in = tagger.Input{ID: it.id}
			}
			if !yield(in) {
				return
			}
		}
	}
}

func (p *inOrder) take(i int) (item, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	it, ok := p.pending[i]
	delete(p.pending, i)
	return it, ok
}

// tagItems tags items in parallel and calls emit for each in input order,
// with the item's error or its Result. It reports whether it ran to the end
// rather than being interrupted.
func tagItems(ctx context.Context, t *tagger.Tagger, items iter.Seq[item], emit func(item, *tagger.Result, error)) bool {
	p := &inOrder{pending: map[int]item{}}
	for o := range t.Stream(ctx, p.inputs(items)) {
		it, ok := p.take(o.Index)
		if !ok || (o.Err != nil && ctx.Err() != nil) {
			return false // Stream's last Output after cancellation
		}
		if it.err != nil {
			emit(it, nil, it.err)
			continue
		}
		emit(it, o.Result, o.Err)
	}
	return ctx.Err() == nil
}

// runDocuments tags stdin or each file as one document.
func runDocuments(ctx context.Context, t *tagger.Tagger, cfg config, stdin io.Reader, out *bufio.Writer, stderr io.Writer) int {
	docs := func(yield func(item) bool) {
		if len(cfg.files) == 0 {
			text, err := readDocument(stdin, cfg.maxBytes)
			yield(item{in: tagger.Input{Text: text}, id: "<stdin>", err: err})
			return
		}
		for _, path := range cfg.files {
			f, err := os.Open(path)
			var text string
			if err == nil {
				text, err = readDocument(f, cfg.maxBytes)
				f.Close()
			}
			if !yield(item{in: tagger.Input{ID: path, Text: text}, id: path, err: err}) {
				return
			}
		}
	}
	status := exitOK
	first := true
	complete := tagItems(ctx, t, docs, func(it item, res *tagger.Result, err error) {
		if err != nil {
			if _, isPath := err.(*fs.PathError); isPath {
				fmt.Fprintf(stderr, "stancetag: %v\n", err) // it names the file
			} else {
				fmt.Fprintf(stderr, "stancetag: %s: %v\n", it.id, err)
			}
			status = exitFailed
			return
		}
		if cfg.json {
			writeJSON(out, res)
			return
		}
		if !first {
			out.WriteString("\n")
		}
		first = false
		writeReadable(out, res, it.in.Text, len(cfg.files) > 0)
		out.Flush()
	})
	if !complete {
		out.Flush()
		fmt.Fprintln(stderr, "stancetag: interrupted")
		return exitInterrupted
	}
	return status
}

// readDocument reads a whole document, refusing one over maxBytes without
// reading much more than that.
func readDocument(r io.Reader, maxBytes int) (string, error) {
	if maxBytes > 0 {
		r = io.LimitReader(r, int64(maxBytes)+1)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return "", err
	}
	if maxBytes > 0 && len(b) > maxBytes {
		return "", fmt.Errorf("%w: over the limit of %d bytes (see -max-bytes)", tagger.ErrTooLarge, maxBytes)
	}
	return string(b), nil
}

func writeJSON(out *bufio.Writer, v any) {
	b, err := json.Marshal(v)
	if err != nil { // cannot happen for a Result: no floats are NaN
		b, _ = json.Marshal(map[string]string{"error": err.Error()})
	}
	out.Write(b)
	out.WriteByte('\n')
}

// lineError is the output line for an input line that failed.
type lineError struct {
	ID    *string `json:"id"`
	Line  int     `json:"line"`
	Error string  `json:"error"`
}

// runJSONL tags JSON Lines records: one output line per input line.
func runJSONL(ctx context.Context, t *tagger.Tagger, cfg config, stdin io.Reader, out *bufio.Writer, stderr io.Writer) int {
	maxLine := 0
	if cfg.maxBytes > 0 {
		maxLine = 6*cfg.maxBytes + 64<<10
	}
	var openErr error
	lines := func(yield func(item) bool) {
		n := 0
		readAll := func(r io.Reader) bool {
			for line := range readLines(r, maxLine) {
				n++
				if !yield(parseLine(n, line, maxLine)) {
					return false
				}
			}
			return true
		}
		if len(cfg.files) == 0 {
			readAll(stdin)
			return
		}
		for _, path := range cfg.files {
			f, err := os.Open(path)
			if err != nil {
				// The file's lines cannot be counted, so they cannot be
				// answered line for line: report it on stderr and go on.
				fmt.Fprintf(stderr, "stancetag: %v\n", err)
				openErr = err
				continue
			}
			ok := readAll(f)
			f.Close()
			if !ok {
				return
			}
		}
	}

	status := exitOK
	prog := newProgress(stderr)
	complete := tagItems(ctx, t, lines, func(it item, res *tagger.Result, err error) {
		if err != nil {
			le := lineError{Line: it.line, Error: err.Error()}
			if it.hasID {
				le.ID = &it.id
			}
			writeJSON(out, le)
			status = exitFailed
		} else {
			writeJSON(out, res)
		}
		prog.tick()
	})
	out.Flush()
	prog.done()
	if !complete {
		fmt.Fprintln(stderr, "stancetag: interrupted")
		return exitInterrupted
	}
	if openErr != nil {
		status = exitFailed
	}
	return status
}

// rawLine is one input line without its line ending, or the news that it
// was longer than the limit (then text holds only its start) or could not
// be read.
type rawLine struct {
	text    []byte
	tooLong bool
	err     error
}

// readLines yields every line of r, including a last line without a
// newline, with "\n" or "\r\n" removed, and a UTF-8 byte order mark at the
// start of r too (Windows editors write one, and encoding/json rejects
// it). A line longer than maxLine bytes
// (0: no limit) is read to its end but only its first maxLine bytes are
// kept. bufio.Scanner is not used: it stops at its first long line.
func readLines(r io.Reader, maxLine int) iter.Seq[rawLine] {
	return func(yield func(rawLine) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		if b, err := br.Peek(len(bom)); err == nil && bytes.Equal(b, bom) {
			br.Discard(len(bom))
		}
		for {
			// Keep at most maxLine bytes and the line ending; count the rest.
			var buf []byte
			total := 0
			var err error
			for {
				var frag []byte
				frag, err = br.ReadSlice('\n')
				total += len(frag)
				if maxLine <= 0 {
					buf = append(buf, frag...)
				} else if room := maxLine + 2 - len(buf); room > 0 {
					buf = append(buf, frag[:min(room, len(frag))]...)
				}
				if err != bufio.ErrBufferFull {
					break
				}
			}
			if err == io.EOF && total == 0 {
				return
			}
			if err != nil && err != io.EOF {
				yield(rawLine{text: buf, err: err})
				return
			}
			l := rawLine{text: buf}
			if maxLine > 0 && total > maxLine+2 {
				l.tooLong = true
			} else {
				l.text = bytes.TrimSuffix(l.text, []byte("\n"))
				l.text = bytes.TrimSuffix(l.text, []byte("\r"))
				l.tooLong = maxLine > 0 && len(l.text) > maxLine
			}
			if !yield(l) {
				return
			}
			if err == io.EOF {
				return
			}
		}
	}
}

// bom is the UTF-8 encoding of the byte order mark, U+FEFF.
var bom = []byte("\uFEFF")

// parseLine turns line number n into an item: a record to tag, or the
// reason it is not one.
func parseLine(n int, l rawLine, maxLine int) item {
	it := item{line: n}
	switch {
	case l.err != nil:
		it.err = fmt.Errorf("cannot read line: %v", l.err)
	case l.tooLong:
		it.err = fmt.Errorf("line longer than %d bytes (see -max-bytes)", maxLine)
	case len(bytes.TrimSpace(l.text)) == 0:
		it.err = errors.New("blank line: want a JSON record {\"id\": …, \"text\": …}")
	default:
		it.err = it.in.UnmarshalJSON(l.text)
	}
	if it.err == nil {
		it.id, it.hasID = it.in.ID, true
	} else {
		it.id, it.hasID = salvageID(l.text)
	}
	return it
}

// salvageID finds a top-level string "id" in what may be a broken or
// truncated JSON object, so that an error line can name its record. It
// reads only up to the first problem.
func salvageID(b []byte) (string, bool) {
	dec := json.NewDecoder(bytes.NewReader(b))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return "", false
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return "", false
		}
		if key == "id" {
			var id string
			if err := dec.Decode(&id); err != nil {
				return "", false
			}
			return id, true
		}
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return "", false
		}
	}
	return "", false
}

// progress shows records/s on stderr during long runs, only when stderr is
// a terminal, at most twice a second, and clears the line at the end.
type progress struct {
	w          io.Writer
	start      time.Time
	last       time.Time
	n          int
	shown      bool
	isTerminal bool
}

func newProgress(stderr io.Writer) *progress {
	p := &progress{w: stderr, start: time.Now()}
	p.last = p.start
	if f, ok := stderr.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			p.isTerminal = true
		}
	}
	return p
}

func (p *progress) tick() {
	p.n++
	if !p.isTerminal {
		return
	}
	now := time.Now()
	if now.Sub(p.last) < 500*time.Millisecond {
		return
	}
	p.last = now
	rate := float64(p.n) / now.Sub(p.start).Seconds()
	fmt.Fprintf(p.w, "\rstancetag: %d records, %.0f records/s\033[K", p.n, rate)
	p.shown = true
}

func (p *progress) done() {
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

// oneLine makes text safe to print on one terminal line: whitespace runs
// become one space, control characters and invalid UTF-8 become U+FFFD.
func oneLine(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Join(strings.Fields(s), " ")
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return '\uFFFD'
		}
		return r
	}, s)
}
