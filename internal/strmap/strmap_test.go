package strmap

import (
	"encoding/json"
	"maps"
	"testing"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		in   string
		want map[string]string
		err  bool
	}{
		{"", nil, false},
		{"null", nil, false},
		{"{}", map[string]string{}, false},
		{` { "order_number" : "10023" , "_lang_written":"es" } `, map[string]string{"order_number": "10023", "_lang_written": "es"}, false},
		{`{"unicode":"订单 ✓"}`, map[string]string{"unicode": "订单 ✓"}, false},
		{`{"q":"say \"hi\"\n"}`, map[string]string{"q": "say \"hi\"\n"}, false}, // escapes: encoding/json
		{`{"a":"1","a":"2"}`, map[string]string{"a": "2"}, false},
		{`{"a":1}`, nil, true},
		{`{"a":"1",}`, nil, true},
		{`{"a":"1"} x`, nil, true},
		{`[]`, nil, true},
		{`{"a":"1"`, nil, true},
	}
	for _, tt := range tests {
		got, err := Decode(tt.in)
		if (err != nil) != tt.err || !maps.Equal(got, tt.want) || (got == nil) != (tt.want == nil) {
			t.Errorf("Decode(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.err)
		}
	}
}

// FuzzDecode checks that Decode agrees with json.Unmarshal on every input.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{"", "null", "{}", `{"a":"b"}`, `{"a":"b","c":"d"}`, `{"a":"\u00e9"}`, `{"a":"1",}`, `{"a":null}`, " {\"x\" :\t\"y\"}\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want map[string]string
		werr := json.Unmarshal([]byte(s), &want)
		if s == "" {
			want, werr = nil, nil
		}
		got, err := Decode(s)
		if (err == nil) != (werr == nil) {
			t.Fatalf("Decode(%q): error %v, json.Unmarshal: %v", s, err, werr)
		}
		if err == nil && (!maps.Equal(got, want) || (got == nil) != (want == nil)) {
			t.Fatalf("Decode(%q) = %#v, json.Unmarshal = %#v", s, got, want)
		}
	})
}

func BenchmarkDecode(b *testing.B) {
	s := `{"_lang_written":"en","order_number":"10023","product":"GM-PB-20K"}`
	b.Run("strmap", func(b *testing.B) {
		for b.Loop() {
			Decode(s)
		}
	})
	b.Run("encoding/json", func(b *testing.B) {
		for b.Loop() {
			var m map[string]string
			json.Unmarshal([]byte(s), &m)
		}
	})
}

// FuzzEncode checks that Encode writes what json.Marshal writes.
func FuzzEncode(f *testing.F) {
	for _, s := range []string{"a", "订单 ✓", `say "hi"`, "<b>&", "\u2028", "\xff", "tab\t"} {
		f.Add(s, "k"+s, "v")
	}
	f.Fuzz(func(t *testing.T, a, b, c string) {
		m := map[string]string{a: b, b: c, "_x": a}
		want, werr := json.Marshal(m)
		got, err := Encode(m)
		if (err == nil) != (werr == nil) || got != string(want) {
			t.Fatalf("Encode(%q) = %q, %v; json.Marshal = %q, %v", m, got, err, want, werr)
		}
	})
}

func TestEncodeNil(t *testing.T) {
	if got, _ := Encode(nil); got != "null" {
		t.Errorf("Encode(nil) = %q", got)
	}
	if got, _ := Encode(map[string]string{}); got != "{}" {
		t.Errorf("Encode({}) = %q", got)
	}
}
