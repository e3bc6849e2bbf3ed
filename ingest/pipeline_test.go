package ingest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
)

func TestDecodePayload(t *testing.T) {
	for _, tc := range []struct {
		name    string
		in      string
		device  string // envelope device
		n       int    // readings decoded
		bad     []Reason
		badIdx  []int
		field   string // field of the first rejection
		devices []string
	}{
		{name: "envelope", in: `{"device":"d1","readings":[{"at":"2026-05-01T07:00:00Z","temp_c":2.5},{"at":"2026-05-01T07:01:00Z","humidity":80}]}`,
			device: "d1", n: 2, devices: []string{"d1", "d1"}},
		{name: "single reading", in: `{"at":"2026-05-01T07:00:00Z","temp_c":-18,"door":"open"}`, n: 1, devices: []string{""}},
		{name: "single reading with device", in: `{"device":"d2","at":"2026-05-01T07:00:00Z","temp_c":-18}`, n: 1, devices: []string{"d2"}},
		{name: "bare array", in: ` [{"at":"2026-05-01T07:00:00Z","temp_c":1},{"device":"d3","at":"2026-05-01T07:00:00Z","temp_c":1}]`, n: 2, devices: []string{"", "d3"}},
		{name: "reading names its own device", in: `{"device":"d1","readings":[{"device":"d9","at":"2026-05-01T07:00:00Z","temp_c":1}]}`,
			device: "d1", n: 1, devices: []string{"d9"}},
		{name: "empty readings", in: `{"device":"d1","readings":[]}`, device: "d1"},
		{name: "empty payload", in: "  ", bad: []Reason{ReasonMalformed}, badIdx: []int{-1}},
		{name: "not JSON", in: "temp=3", bad: []Reason{ReasonMalformed}, badIdx: []int{-1}},
		{name: "truncated", in: `{"device":"d1","readings":[{"at":"2026-05-01T07:00:00Z"`, bad: []Reason{ReasonMalformed}, badIdx: []int{-1}},
		{name: "one reading of the wrong type", in: `{"device":"d1","readings":[{"at":"2026-05-01T07:00:00Z","temp_c":1},{"at":"2026-05-01T07:01:00Z","temp_c":"warm"},{"at":"2026-05-01T07:02:00Z","temp_c":3}]}`,
			device: "d1", n: 2, bad: []Reason{ReasonMalformed}, badIdx: []int{1}, field: "temp_c", devices: []string{"d1", "d1"}},
		{name: "one bad time", in: `{"device":"d1","readings":[{"at":"yesterday","temp_c":1},{"at":"2026-05-01T07:02:00Z","temp_c":3}]}`,
			device: "d1", n: 1, bad: []Reason{ReasonMalformed}, badIdx: []int{0}, field: "at", devices: []string{"d1"}},
		{name: "bad single reading", in: `{"at":"2026-05-01T07:00:00Z","temp_c":true}`, bad: []Reason{ReasonMalformed}, badIdx: []int{-1}, field: "temp_c"},
		{name: "number too big", in: `{"device":"d1","readings":[{"at":"2026-05-01T07:00:00Z","temp_c":1e999}]}`, device: "d1", bad: []Reason{ReasonMalformed}, badIdx: []int{0}},
		{name: "too many readings", in: `{"device":"d1","readings":[` + strings.Repeat(`{"at":"2026-05-01T07:00:00Z","temp_c":1},`, 4) + `{"at":"2026-05-01T07:00:00Z","temp_c":1}]}`,
			device: "d1", bad: []Reason{ReasonTooLarge}, badIdx: []int{-1}, field: "readings"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := decodePayload([]byte(tc.in), 4)
			if d.device != tc.device || len(d.readings) != tc.n {
				t.Fatalf("device %q, %d readings; want %q, %d (bad %+v)", d.device, len(d.readings), tc.device, tc.n, d.bad)
			}
			if len(d.bad) != len(tc.bad) {
				t.Fatalf("rejections %+v, want reasons %v", d.bad, tc.bad)
			}
			for i, r := range d.bad {
				if r.Reason != tc.bad[i] || r.Index != tc.badIdx[i] || r.Message == "" {
					t.Errorf("rejection %d = %+v, want reason %s index %d", i, r, tc.bad[i], tc.badIdx[i])
				}
			}
			if tc.field != "" && d.bad[0].Field != tc.field {
				t.Errorf("field %q, want %q", d.bad[0].Field, tc.field)
			}
			for i, r := range d.readings {
				if r.DeviceID != tc.devices[i] {
					t.Errorf("reading %d device %q, want %q", i, r.DeviceID, tc.devices[i])
				}
			}
		})
	}
	t.Run("absent measurements are NaN", func(t *testing.T) {
		d := decodePayload([]byte(`{"at":"2026-05-01T07:00:00Z","humidity":0,"lat":1.5,"lon":2.5,"alarm":"power_fail"}`), 10)
		r := d.readings[0]
		if kefu.Has(r.TempC) || r.Humidity != 0 || r.Lat != 1.5 || r.Lon != 2.5 || r.Alarm != "power_fail" {
			t.Errorf("reading %+v", r)
		}
	})
}

func FuzzDecodePayload(f *testing.F) {
	f.Add([]byte(`{"device":"d1","readings":[{"at":"2026-05-01T07:00:00Z","temp_c":2.5}]}`))
	f.Add([]byte(`{"at":"2026-05-01T07:00:00Z","temp_c":-18,"door":"open"}`))
	f.Add([]byte(`[{"at":"2026-05-01T07:00:00Z","temp_c":1}]`))
	f.Add([]byte(`{"readings":[{"at":1},{"temp_c":"x"}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		d := decodePayload(b, 100)
		if len(d.readings) != len(d.index) {
			t.Fatalf("%d readings, %d indexes", len(d.readings), len(d.index))
		}
		if len(d.readings) > 100 {
			t.Fatalf("%d readings over the limit", len(d.readings))
		}
		for _, r := range d.bad {
			if r.Reason == "" || r.Message == "" {
				t.Fatalf("rejection without a reason or message: %+v", r)
			}
		}
	})
}

func TestQuarantineReasons(t *testing.T) {
	sink := newSink()
	var hooked []Rejection
	p := MustOpen(t, &Pipeline{Sink: sink, MaxPayloadBytes: 4096, OnQuarantine: func(r Rejection) { hooked = append(hooked, r) }})
	a := newAcks()

	good := reading("d1", time.Hour, 3)
	future := reading("d1", -time.Hour, 3)                 // an hour ahead of the clock
	hot := reading("d1", 2*time.Hour, 150)                 // implausible
	nothing := kefu.NewReading("d1", t0.Add(-time.Minute)) // measures nothing
	other := reading("d2", 3*time.Hour, 3)                 // another device than the topic's
	MustSubmit(t, p, a.msg("shop", "d1", payload(t, "", good, future, hot, nothing, other)))
	MustSubmit(t, p, a.msg("shop", "d1", payload(t, "d2", good)))      // the envelope names another device
	MustSubmit(t, p, a.msg("shop", "d1", []byte(`{"readings":[`)))     // malformed
	MustSubmit(t, p, a.msg("shop", "d1", make([]byte, 5000)))          // too large
	p.Reject(a.msg("", "", []byte(`{}`)), ReasonBadTopic, "bad topic") // what the adapters do
	a.waitAcks(t, 5)

	if !sink.has("shop", good) || sink.count() != 1 {
		t.Errorf("stored %d readings, want the good one only", sink.count())
	}
	st := p.Stats()
	want := map[Reason]int64{ReasonFuture: 1, ReasonInvalid: 2, ReasonDeviceMismatch: 2, ReasonMalformed: 1, ReasonTooLarge: 1, ReasonBadTopic: 1}
	for _, r := range Reasons {
		if st.Quarantined[r] != want[r] {
			t.Errorf("quarantined[%s] = %d, want %d", r, st.Quarantined[r], want[r])
		}
	}
	if st.Received != 6 || st.Stored != 1 || st.Messages != 5 || st.Acked != 5 {
		t.Errorf("stats %+v", st)
	}
	rej := p.Rejections()
	if len(rej) != 8 || len(hooked) != 8 {
		t.Fatalf("%d rejections kept, %d hooked; want 8", len(rej), len(hooked))
	}
	first := rej[0]
	if first.Index != 1 || first.Reason != ReasonFuture || first.Field != "at" || first.TenantID != "shop" || first.DeviceID != "d1" || first.Source != "test" {
		t.Errorf("first rejection %+v", first)
	}
	if rej[2].Index != 3 || rej[2].Field != "temp_c" || !strings.Contains(rej[2].Message, "measures nothing") {
		t.Errorf("third rejection %+v", rej[2])
	}
}

func TestRejectionsRing(t *testing.T) {
	p := &Pipeline{Sink: newSink(), KeepRejections: 3, Now: fixedClock}
	for i := range 5 {
		p.Reject(Message{Source: fmt.Sprint(i)}, ReasonBadTopic, "x")
	}
	got := p.Rejections()
	if len(got) != 3 || got[0].Source != "2" || got[2].Source != "4" {
		t.Errorf("rejections %+v, want the last three, oldest first", got)
	}
}

func TestUnknownDeviceSplit(t *testing.T) {
	// d1..d8 exist except d3 and d6: one batch of readings of all eight.
	sink := newSink().withDevices("d1", "d2", "d4", "d5", "d7", "d8")
	p := MustOpen(t, &Pipeline{Sink: sink, BatchSize: 1000, FlushInterval: 50 * time.Millisecond})
	a := newAcks()
	var all []kefu.Reading
	for i := 1; i <= 8; i++ {
		dev := fmt.Sprintf("d%d", i)
		rs := []kefu.Reading{reading(dev, time.Hour, 1), reading(dev, 2*time.Hour, 2)}
		all = append(all, rs...)
		MustSubmit(t, p, a.msg("shop", dev, payload(t, dev, rs...)))
	}
	a.waitAcks(t, 8)
	for _, r := range all {
		known := r.DeviceID != "d3" && r.DeviceID != "d6"
		if sink.has("shop", r) != known {
			t.Errorf("reading of %s stored: %v, want %v", r.DeviceID, !known, known)
		}
	}
	st := p.Stats()
	if st.Stored != 12 || st.Quarantined[ReasonUnknownDevice] != 4 {
		t.Errorf("stored %d, unknown %d; want 12, 4", st.Stored, st.Quarantined[ReasonUnknownDevice])
	}
	// The unknown devices are remembered: their next readings cost no
	// call to the store.
	calls := sink.callCount()
	MustSubmit(t, p, a.msg("shop", "d3", payload(t, "d3", reading("d3", 3*time.Hour, 1))))
	a.waitAcks(t, 1)
	if sink.callCount() != calls {
		t.Errorf("the store was asked again about an unknown device")
	}
	if got := p.Stats().Quarantined[ReasonUnknownDevice]; got != 5 {
		t.Errorf("unknown %d, want 5", got)
	}
}

func TestStoreRejectsOneReading(t *testing.T) {
	// The store refuses one reading as invalid: it alone is quarantined.
	bad := reading("d1", 30*time.Minute, 7)
	sink := newSink()
	sink.fail = func(_ int, rs []kefu.Reading) error {
		for _, r := range rs {
			if r.At.Equal(bad.At) {
				return kefu.Invalidf("temp_c", "no")
			}
		}
		return nil
	}
	p := MustOpen(t, &Pipeline{Sink: sink})
	a := newAcks()
	rs := []kefu.Reading{reading("d1", time.Hour, 1), reading("d1", 50*time.Minute, 2), bad, reading("d1", 10*time.Minute, 3)}
	MustSubmit(t, p, a.msg("shop", "d1", payload(t, "", rs...)))
	a.waitAcks(t, 1)
	if sink.count() != 3 || sink.has("shop", bad) {
		t.Errorf("stored %d readings, want the 3 good ones", sink.count())
	}
	if r := p.Rejections(); len(r) != 1 || r[0].Reason != ReasonRejected || r[0].Index != 2 {
		t.Errorf("rejections %+v", r)
	}
}

func TestDuplicates(t *testing.T) {
	sink := newSink()
	p := MustOpen(t, &Pipeline{Sink: sink})
	a := newAcks()
	r1, r2 := reading("d1", time.Hour, 1), reading("d1", 2*time.Hour, 2)
	// A flood: the same readings again and again, and twice in one message.
	for range 50 {
		MustSubmit(t, p, a.msg("shop", "d1", payload(t, "d1", r2, r1, r1)))
	}
	a.waitAcks(t, 50)
	st := p.Stats()
	if sink.count() != 2 || st.Stored != 2 || st.Duplicates != 148 || st.Received != 150 {
		t.Errorf("stored %d (stats %+v), want 2 stored and 148 duplicates", sink.count(), st)
	}
}

func TestAckOnlyAfterCommit(t *testing.T) {
	sink := newSink()
	sink.block = make(chan struct{})
	p := MustOpen(t, &Pipeline{Sink: sink})
	a := newAcks()
	MustSubmit(t, p, a.msg("shop", "d1", payload(t, "d1", reading("d1", time.Hour, 1))))
	time.Sleep(50 * time.Millisecond) // the batch is due and waits in the sink
	if acked, _ := a.counts(); acked != 0 {
		t.Fatalf("acknowledged before the commit")
	}
	close(sink.block)
	a.waitAcks(t, 1)
	if sink.count() != 1 {
		t.Errorf("stored %d", sink.count())
	}
}

func TestFailingSinkRetries(t *testing.T) {
	sink := newSink()
	sink.fail = func(call int, _ []kefu.Reading) error {
		if call <= 3 {
			return errors.New("database is locked")
		}
		return nil
	}
	p := MustOpen(t, &Pipeline{Sink: sink, RetryDelay: time.Millisecond})
	a := newAcks()
	MustSubmit(t, p, a.msg("shop", "d1", payload(t, "d1", reading("d1", time.Hour, 1))))
	a.waitAcks(t, 1)
	if st := p.Stats(); st.Retries != 3 || st.Stored != 1 || st.Commits != 1 {
		t.Errorf("stats %+v, want 3 retries then 1 stored", st)
	}
}

func TestCloseHandsBackUncommitted(t *testing.T) {
	// The store is down: nothing is acknowledged; on Close the messages
	// go back to the broker, to be delivered again.
	sink := newSink()
	sink.fail = func(int, []kefu.Reading) error { return errors.New("connection refused") }
	p := MustOpen(t, &Pipeline{Sink: sink, RetryDelay: time.Millisecond, DrainTime: 100 * time.Millisecond})
	a := newAcks()
	for i := range 5 {
		MustSubmit(t, p, a.msg("shop", "d1", payload(t, "d1", reading("d1", time.Duration(i+1)*time.Minute, 1))))
	}
	time.Sleep(30 * time.Millisecond)
	p.Close()
	acked, naked := a.counts()
	if acked != 0 || naked != 5 {
		t.Errorf("acked %d, handed back %d; want 0, 5", acked, naked)
	}
	if err := p.Submit(context.Background(), a.msg("shop", "d1", payload(t, "d1", reading("d1", time.Hour, 1)))); !errors.Is(err, ErrClosed) {
		t.Errorf("Submit after Close: %v, want ErrClosed", err)
	}
}

func TestCloseCommitsQueued(t *testing.T) {
	sink := newSink()
	p := MustOpen(t, &Pipeline{Sink: sink, FlushInterval: time.Hour})
	a := newAcks()
	for i := range 20 {
		MustSubmit(t, p, a.msg("shop", "d1", payload(t, "d1", reading("d1", time.Duration(i+1)*time.Minute, 1))))
	}
	p.Close()
	if acked, _ := a.counts(); acked != 20 || sink.count() != 20 {
		t.Errorf("acked %d, stored %d after Close; want 20, 20", acked, sink.count())
	}
}

func TestBackpressure(t *testing.T) {
	// With the store stuck, Submit takes a bounded number of messages and
	// then blocks: the queue, one batch being formed, one committing.
	sink := newSink()
	sink.block = make(chan struct{})
	p := MustOpen(t, &Pipeline{Sink: sink, QueueSize: 4, BatchSize: 1})
	a := newAcks()
	taken := 0
	for i := range 100 {
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		err := p.Submit(ctx, a.msg("shop", "d1", payload(t, "d1", reading("d1", time.Duration(i+1)*time.Minute, 1))))
		cancel()
		if errors.Is(err, context.DeadlineExceeded) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		taken++
	}
	// 4 queued, 1 in the batcher waiting to hand its batch over, 1 in
	// the committer.
	if taken != 6 {
		t.Errorf("Submit took %d messages before blocking, want 6", taken)
	}
	if st := p.Stats(); st.Queued != 4 {
		t.Errorf("queued %d, want 4", st.Queued)
	}
	close(sink.block)
	a.waitAcks(t, taken)
}

func TestBatching(t *testing.T) {
	// Messages of several shops: one commit per shop and flush.
	sink := newSink()
	p := MustOpen(t, &Pipeline{Sink: sink, BatchSize: 100, FlushInterval: 30 * time.Millisecond})
	a := newAcks()
	for i := range 10 {
		for _, shop := range []string{"a", "b"} {
			MustSubmit(t, p, a.msg(shop, "d1", payload(t, "d1", reading("d1", time.Duration(i+1)*time.Minute, 1))))
		}
	}
	a.waitAcks(t, 20)
	if st := p.Stats(); st.Commits != 2 || st.Stored != 20 {
		t.Errorf("stats %+v, want 20 readings in 2 commits", st)
	}
	// A batch that reaches BatchSize is committed without waiting.
	p2 := MustOpen(t, &Pipeline{Sink: newSink(), BatchSize: 10, FlushInterval: time.Hour})
	var rs []kefu.Reading
	for i := range 10 {
		rs = append(rs, reading("d1", time.Duration(i+1)*time.Minute, 1))
	}
	a2 := newAcks()
	MustSubmit(t, p2, a2.msg("shop", "d1", payload(t, "d1", rs...)))
	a2.waitAcks(t, 1)
}

func TestIngest(t *testing.T) {
	sink := newSink().withDevices("d1", "d2")
	p := &Pipeline{Sink: sink, Now: fixedClock}
	rs := []kefu.Reading{
		reading("d1", time.Hour, 1),
		reading("d1", -time.Hour, 1), // future
		reading("d9", time.Hour, 1),  // unknown
		reading("d2", time.Hour, 1),
		reading("d1", time.Hour, 1), // duplicate in the request
	}
	res, err := p.Ingest(context.Background(), "shop", rs)
	if err != nil {
		t.Fatal(err)
	}
	if res.Received != 5 || res.Stored != 2 || res.Duplicates != 1 || len(res.Quarantined) != 2 {
		t.Fatalf("result %+v", res)
	}
	if q := res.Quarantined; q[0].Index != 1 || q[0].Reason != ReasonFuture || q[1].Index != 2 || q[1].Reason != ReasonUnknownDevice {
		t.Errorf("quarantined %+v", q)
	}
	// Again: all duplicates.
	res, err = p.Ingest(context.Background(), "shop", rs[:1])
	if err != nil || res.Stored != 0 || res.Duplicates != 1 {
		t.Errorf("again: %+v, %v", res, err)
	}
	// A store failure is returned, not retried.
	sink.fail = func(int, []kefu.Reading) error { return errors.New("disk full") }
	if _, err := p.Ingest(context.Background(), "shop", rs[3:4]); err == nil {
		t.Errorf("Ingest with a failing store: no error")
	}
}

func TestReasonsCount(t *testing.T) {
	if len(Reasons) != numReasons {
		t.Fatalf("numReasons is %d, Reasons has %d", numReasons, len(Reasons))
	}
}

func TestParseTopic(t *testing.T) {
	for _, tc := range []struct {
		topic          string
		sep            byte
		tenant, device string
		ok             bool
	}{
		{"kefu/freshfarm/telemetry/logger-7", '/', "freshfarm", "logger-7", true},
		{"kefu.freshfarm.telemetry.logger-7", '.', "freshfarm", "logger-7", true},
		{"kefu/FreshFarm/telemetry/l", '/', "", "", false},
		{"kefu/freshfarm/telemetry/", '/', "", "", false},
		{"kefu/freshfarm/status/l", '/', "", "", false},
		{"kefu/freshfarm/telemetry/l/x", '/', "", "", false},
		{"other/freshfarm/telemetry/l", '/', "", "", false},
	} {
		tenant, device, ok := parseTopic(tc.topic, tc.sep)
		if tenant != tc.tenant || device != tc.device || ok != tc.ok {
			t.Errorf("parseTopic(%q) = %q, %q, %v", tc.topic, tenant, device, ok)
		}
	}
}

func BenchmarkSubmit(b *testing.B) {
	p := MustOpen(b, &Pipeline{Sink: newSink(), Now: func() time.Time { return t0.Add(time.Hour * 24 * 365) }})
	var rs []kefu.Reading
	for i := range 60 {
		rs = append(rs, reading("d1", time.Duration(i)*time.Minute, 2.5))
	}
	msg := Message{TenantID: "shop", DeviceID: "d1", Payload: payload(b, "d1", rs...)}
	b.SetBytes(int64(len(msg.Payload)))
	b.ReportAllocs()
	for b.Loop() {
		if err := p.Submit(context.Background(), msg); err != nil {
			b.Fatal(err)
		}
	}
}
