package sticky

import (
	"errors"
	"testing"
	"time"
)

func TestFlag(t *testing.T) {
	var f Flag
	looks := 0
	answer, fail := false, error(nil)
	look := func() (bool, error) { looks++; return answer, fail }
	steps := []struct {
		name     string
		interval time.Duration
		answer   bool
		fail     error
		want     bool
		looks    int
		err      bool
	}{
		{"first get looks", time.Hour, false, nil, false, 1, false},
		{"false is cached for the interval", time.Hour, true, nil, false, 1, false},
		{"set makes it true", 0, false, nil, true, 1, false},
	}
	for i, s := range steps {
		answer, fail = s.answer, s.fail
		if s.name == "set makes it true" {
			f.Set()
		}
		got, err := f.Get(s.interval, look)
		if got != s.want || looks != s.looks || (err != nil) != s.err {
			t.Fatalf("step %d %s: got %v, %d looks, err %v; want %v, %d looks", i, s.name, got, looks, err, s.want, s.looks)
		}
	}

	var g Flag
	fail = errors.New("down")
	if _, err := g.Get(time.Hour, look); err == nil {
		t.Fatal("look failed: want the error")
	}
	fail, answer = nil, true
	if got, err := g.Get(time.Hour, look); !got || err != nil {
		t.Fatalf("after a failed look: got %v, %v; want it looked again and true", got, err)
	}
}
