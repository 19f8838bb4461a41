package entities

import (
	"fmt"
	"os"
	"testing"
)

func TestDebugDump(t *testing.T) {
	path := os.Getenv("DUMP")
	if path == "" {
		t.Skip("set DUMP=file")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r, err := NewRecognizer()
	if err != nil {
		t.Fatal(err)
	}
	d, err := r.Recognize(string(b))
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("SENT") != "" {
		for _, s := range d.Sentences {
			fmt.Printf("S %q\n", d.Text[s.Start:s.End])
		}
	}
	for _, e := range d.Entities {
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, m.Text)
		}
		fmt.Printf("%-8s %-25s %v %q\n", e.Type, e.Name, e.Aliases, ms)
	}
}
