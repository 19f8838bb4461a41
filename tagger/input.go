package tagger

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// inputJSON is the record of the contract. Fields are raw so that each can
// be checked with a precise message.
type inputJSON struct {
	ID      json.RawMessage `json:"id"`
	Text    json.RawMessage `json:"text"`
	Targets json.RawMessage `json:"targets"`
}

// UnmarshalJSON reads the record of the command's -jsonl mode:
//
//	{"id": "any string", "text": "…", "targets": ["Name", "Name=alias|alias", …]}
//
// "text" is required and must be a string; "id" and "targets" are optional
// (null counts as absent); each target is parsed with [ParseTarget]; other
// fields are ignored, so producers may add their own. Anything else — a
// JSON value that is not an object, a field of the wrong type — gives an
// error wrapping [ErrInvalidInput] that says which field is wrong. As
// everywhere in encoding/json, invalid UTF-8 in strings becomes U+FFFD.
//
// On error, in.ID is still set if the record had a readable string "id", so
// that a report can name the record.
func (in *Input) UnmarshalJSON(b []byte) error {
	*in = Input{}
	b = bytes.TrimSpace(b)
	if len(b) == 0 || b[0] != '{' {
		return fmt.Errorf("%w: not a JSON object", ErrInvalidInput)
	}
	var raw inputJSON
	if err := json.Unmarshal(b, &raw); err != nil {
		return fmt.Errorf("%w: %v", ErrInvalidInput, err)
	}
	if isAbsent(raw.ID) {
		// no ID
	} else if err := json.Unmarshal(raw.ID, &in.ID); err != nil {
		return fmt.Errorf("%w: \"id\" is not a string", ErrInvalidInput)
	}
	if isAbsent(raw.Text) {
		return fmt.Errorf("%w: missing \"text\"", ErrInvalidInput)
	}
	if err := json.Unmarshal(raw.Text, &in.Text); err != nil {
		return fmt.Errorf("%w: \"text\" is not a string", ErrInvalidInput)
	}
	if !isAbsent(raw.Targets) {
		var specs []string
		if err := json.Unmarshal(raw.Targets, &specs); err != nil {
			return fmt.Errorf("%w: \"targets\" is not a list of strings", ErrInvalidInput)
		}
		for _, s := range specs {
			tg, err := ParseTarget(s)
			if err != nil {
				return fmt.Errorf("%w: \"targets\": %w", ErrInvalidInput, err)
			}
			in.Targets = append(in.Targets, tg)
		}
	}
	return nil
}

// MarshalJSON writes the record that [Input.UnmarshalJSON] reads, with
// targets in the form of [FormatTarget] (a target's Type is not
// represented).
func (in Input) MarshalJSON() ([]byte, error) {
	out := struct {
		ID      string   `json:"id"`
		Text    string   `json:"text"`
		Targets []string `json:"targets,omitempty"`
	}{ID: in.ID, Text: in.Text}
	for _, tg := range in.Targets {
		out.Targets = append(out.Targets, FormatTarget(tg))
	}
	return json.Marshal(out)
}

func isAbsent(v json.RawMessage) bool {
	return len(v) == 0 || string(v) == "null"
}
