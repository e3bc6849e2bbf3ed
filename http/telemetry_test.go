package http_test

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/kefu-ai/kefu"
	khttp "github.com/kefu-ai/kefu/http"
)

func TestTelemetryBatch(t *testing.T) {
	e := MustOpenEnv(t, nil)
	ctx := context.Background()
	for _, d := range []*kefu.Device{{ID: "logger-1", TenantID: shop, Kind: kefu.DeviceLogger}, {ID: "logger-9", TenantID: other, Kind: kefu.DeviceLogger}} {
		if err := e.Store.UpsertDevice(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	at := time.Now().UTC().Add(-time.Hour).Truncate(time.Second)
	r := func(device string, at time.Time, temp any) json.RawMessage {
		b, _ := json.Marshal(map[string]any{"device": device, "at": at.Format(time.RFC3339), "temp_c": temp})
		return b
	}
	readings := []json.RawMessage{
		r("logger-1", at, 3.5),
		r("logger-1", at.Add(time.Minute), "cold"),       // malformed
		r("logger-1", time.Now().Add(24*time.Hour), 3.0), // future
		r("logger-9", at, 3.0),                           // the other shop's device
		r("logger-1", at.Add(2*time.Minute), 4.0),
		r("logger-1", at, 3.5), // the first again
		json.RawMessage(`{"device":"logger-1","at":"` + at.Add(3*time.Minute).Format(time.RFC3339) + `"}`), // measures nothing
	}
	var resp khttp.TelemetryBatchResponse
	res := e.DoJSON(t, "POST", "/v1/telemetry/batch", e.AdminKey, map[string]any{"readings": readings})
	res.JSON(t, &resp)
	if res.Status != http.StatusOK || resp.Received != 7 || resp.Stored != 2 || resp.Duplicates != 1 || len(resp.Quarantined) != 4 {
		t.Fatalf("%d %s", res.Status, res.Body)
	}
	want := []khttp.TelemetryRejection{
		{Index: 1, Reason: "malformed", Field: "temp_c"},
		{Index: 2, Reason: "future", Field: "at"},
		{Index: 3, Reason: "unknown_device", Field: "device"},
		{Index: 6, Reason: "invalid", Field: "temp_c"},
	}
	for i, w := range want {
		q := resp.Quarantined[i]
		if q.Index != w.Index || q.Reason != w.Reason || q.Field != w.Field || q.Message == "" {
			t.Errorf("quarantined[%d] = %+v, want %+v", i, q, w)
		}
	}
	got, err := e.Store.FindReadings(ctx, shop, "logger-1", at.Add(-time.Hour), at.Add(time.Hour))
	if err != nil || len(got) != 2 {
		t.Fatalf("stored readings %+v, %v", got, err)
	}

	// A retry stores nothing new.
	res = e.DoJSON(t, "POST", "/v1/telemetry/batch", e.AdminKey, map[string]any{"readings": readings[:1]})
	res.JSON(t, &resp)
	if resp.Stored != 0 || resp.Duplicates != 1 {
		t.Errorf("retry: %s", res.Body)
	}

	t.Run("refused", func(t *testing.T) {
		many := make([]json.RawMessage, khttp.MaxTelemetryReadings+1)
		for i := range many {
			many[i] = readings[0]
		}
		for _, tc := range []struct {
			name, key string
			body      any
			status    int
			code      string
		}{
			{"chat key", e.Key, map[string]any{"readings": readings[:1]}, http.StatusForbidden, kefu.EFORBIDDEN},
			{"no key", "", map[string]any{"readings": readings[:1]}, http.StatusUnauthorized, kefu.EUNAUTHORIZED},
			{"no readings", e.AdminKey, map[string]any{"items": readings[:1]}, http.StatusBadRequest, kefu.EINVALID},
			{"too many", e.AdminKey, map[string]any{"readings": many}, http.StatusRequestEntityTooLarge, kefu.ETOOLARGE},
		} {
			t.Run(tc.name, func(t *testing.T) {
				CheckError(t, e.DoJSON(t, "POST", "/v1/telemetry/batch", tc.key, tc.body), tc.status, tc.code)
			})
		}
		big := `{"readings":[` + strings.Repeat(string(readings[0])+",", khttp.MaxTelemetryBytes/len(readings[0])) + string(readings[0]) + `]}`
		CheckError(t, e.Do(t, "POST", "/v1/telemetry/batch", e.AdminKey, "application/json", []byte(big)), http.StatusRequestEntityTooLarge, kefu.ETOOLARGE)
		CheckError(t, e.Do(t, "POST", "/v1/telemetry/batch", e.AdminKey, "application/json", []byte(`{"readings":[`)), http.StatusBadRequest, kefu.EINVALID)
	})
}
